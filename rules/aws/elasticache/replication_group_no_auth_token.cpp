// AwsSolutions-AEC6 (cdk-nag ElastiCacheRedisClusterRedisAuth): replication groups
// should require Redis AUTH.
#include "aws/common/nag_rule.hpp"
#include "aws/elasticache/unresolved_text.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::elasticache {

using model::Resource;
using model::Value;

class ReplicationGroupNoAuthToken final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-elasticache-replication-group-no-auth-token",
      .title = "ElastiCache replication group does not require an AUTH token",
      .resource_types = {"AWS::ElastiCache::ReplicationGroup"},
      .what = "A replication group whose AuthToken is missing or the empty string. Any intrinsic or "
              "dynamic reference there counts as a token. Groups that authenticate through user "
              "groups (UserGroupIds) are reported as well.",
      .why = "Without AUTH, anything that can reach the endpoint can read, overwrite or flush the "
             "cache; a token (or RBAC users) makes clients prove who they are first.",
      .fix_cfn = "TransitEncryptionEnabled: true\n"
                 "AuthToken: '{{resolve:secretsmanager:CacheAuth:SecretString:token}}'",
      .fix_cdk = "new elasticache.CfnReplicationGroup(this, 'Cache', { transitEncryptionEnabled: true, "
                 "authToken: secret.secretValue.unsafeUnwrap(), ... })",
      .cdk_nag_quirks = "Any intrinsic AuthToken counts as a token, even a Ref to AWS::NoValue. A "
                        "group that authenticates with RBAC user groups (UserGroupIds) still "
                        "fails.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& group) const override {
    const Value* token = group.property("AuthToken");
    if (missing_or_empty(token))
      return Verdict::violation(token, "the replication group does not require an AUTH token");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ReplicationGroupNoAuthToken)

}  // namespace infralint::rules::aws::elasticache
