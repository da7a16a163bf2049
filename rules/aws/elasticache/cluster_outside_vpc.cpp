// AwsSolutions-AEC1 (cdk-nag ElastiCacheClusterInVPC): ElastiCache clusters should run
// inside a VPC.
#include "aws/common/nag_rule.hpp"
#include "aws/elasticache/unresolved_text.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::elasticache {

using model::Resource;
using model::Value;

class ClusterOutsideVpc final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-elasticache-cluster-outside-vpc",
      .title = "ElastiCache cluster is not placed in a VPC subnet group",
      .resource_types = {"AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup"},
      .what = "A cache cluster or replication group whose CacheSubnetGroupName is missing or the "
              "empty string. Any intrinsic there counts as a subnet group.",
      .why = "Without a cache subnet group the cluster lands in the default VPC or, on old "
             "accounts, outside any VPC, where private subnets, security groups and network ACLs "
             "chosen for it cannot fence it in.",
      .fix_cfn = "CacheSubnetGroupName: !Ref CacheSubnets",
      .fix_cdk = "new elasticache.CfnReplicationGroup(this, 'Cache', { cacheSubnetGroupName: "
                 "subnetGroup.ref, ... })",
      .cdk_nag_quirks = "Any intrinsic CacheSubnetGroupName counts as a subnet group, even a Ref "
                        "to AWS::NoValue.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* group = cluster.property("CacheSubnetGroupName");
    if (missing_or_empty(group))
      return Verdict::violation(group, "the cluster names no cache subnet group, so it is not placed in your VPC");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterOutsideVpc)

}  // namespace infralint::rules::aws::elasticache
