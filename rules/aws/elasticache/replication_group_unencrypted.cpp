// AwsSolutions-AEC3 (cdk-nag ElastiCacheRedisClusterEncryption): replication groups
// should encrypt data both at rest and in transit.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::elasticache {

using model::Resource;
using model::Value;

class ReplicationGroupUnencrypted final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-elasticache-replication-group-unencrypted",
      .title = "ElastiCache replication group does not encrypt both at rest and in transit",
      .resource_types = {"AWS::ElastiCache::ReplicationGroup"},
      .what = "A replication group missing AtRestEncryptionEnabled or TransitEncryptionEnabled, or "
              "with either loosely equal to false (false, 0, \"\"; the string \"false\" does not "
              "count).",
      .why = "Cached data often mirrors sensitive records. Without encryption at rest it is "
             "readable on disks, backups and swap; without encryption in transit it crosses the "
             "network, between clients and nodes and between replicas, in the clear.",
      .fix_cfn = "AtRestEncryptionEnabled: true\nTransitEncryptionEnabled: true",
      .fix_cdk = "new elasticache.CfnReplicationGroup(this, 'Cache', { atRestEncryptionEnabled: true, "
                 "transitEncryptionEnabled: true, ... })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& group) const override {
    const Value* written_rest = group.property("AtRestEncryptionEnabled");
    const Value* written_transit = group.property("TransitEncryptionEnabled");
    if (js::is_nullish(written_rest))
      return Verdict::violation(written_rest, "the replication group does not encrypt data at rest");
    if (js::is_nullish(written_transit))
      return Verdict::violation(written_transit, "the replication group does not encrypt data in transit");
    const Value* rest = resolve_if_primitive(written_rest, "AtRestEncryptionEnabled");
    const Value* transit = resolve_if_primitive(written_transit, "TransitEncryptionEnabled");
    if (js::loose_equals(rest, false))
      return Verdict::violation(rest, "the replication group does not encrypt data at rest");
    if (js::loose_equals(transit, false))
      return Verdict::violation(transit, "the replication group does not encrypt data in transit");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ReplicationGroupUnencrypted)

}  // namespace infralint::rules::aws::elasticache
