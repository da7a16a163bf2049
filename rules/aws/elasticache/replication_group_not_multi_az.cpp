// AwsSolutions-AEC4 (cdk-nag ElastiCacheRedisClusterMultiAZ): replication groups
// should fail over across availability zones.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::elasticache {

using model::Resource;
using model::Value;

class ReplicationGroupNotMultiAz final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-elasticache-replication-group-not-multi-az",
      .title = "ElastiCache replication group is not Multi-AZ",
      .resource_types = {"AWS::ElastiCache::ReplicationGroup"},
      .what = "A replication group whose MultiAZEnabled is missing or falsy (false, 0, \"\"; any "
              "non-empty string counts as enabled).",
      .why = "Without Multi-AZ, losing the primary node's availability zone means losing the "
             "cache's writer until someone promotes a replica by hand; with it, ElastiCache fails "
             "over to a replica in another zone on its own.",
      .fix_cfn = "MultiAZEnabled: true\nAutomaticFailoverEnabled: true\nNumCacheClusters: 2",
      .fix_cdk = "new elasticache.CfnReplicationGroup(this, 'Cache', { multiAzEnabled: true, "
                 "automaticFailoverEnabled: true, numCacheClusters: 2, ... })",
      .cdk_nag_quirks = "MultiAZEnabled is tested for truthiness, so the string \"false\" counts "
                        "as enabled.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& group) const override {
    const Value* written = group.property("MultiAZEnabled");
    if (js::is_nullish(written))
      return Verdict::violation(written, "the replication group does not enable Multi-AZ");
    const Value* multi_az = resolve_if_primitive(written, "MultiAZEnabled");
    if (!js::truthy(multi_az)) return Verdict::violation(multi_az, "the replication group does not enable Multi-AZ");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ReplicationGroupNotMultiAz)

}  // namespace infralint::rules::aws::elasticache
