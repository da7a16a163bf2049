// AwsSolutions-RS2 (cdk-nag RedshiftClusterInVPC): a Redshift cluster should be placed
// in a VPC through a cluster subnet group.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::redshift {

using model::Resource;
using model::Value;

namespace {

// `name.length == 0` on the unresolved property: only an empty string or an empty list
// has a length of zero; an intrinsic is a token (or an object without a length), so
// it counts as set.
bool has_zero_length(const Value& name) {
  if (name.is_string()) return name.as_string().empty();
  if (name.is_array()) return name.size() == 0;
  return false;
}

}  // namespace

class ClusterOutsideVpc final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-redshift-cluster-outside-vpc",
      .title = "Redshift cluster is not placed in a VPC",
      .resource_types = {"AWS::Redshift::Cluster"},
      .what = "A Redshift cluster whose ClusterSubnetGroupName is missing, null or an empty string. "
              "Any other value, including an intrinsic function, counts as a subnet group.",
      .why = "A cluster inside a VPC is reached only through the subnets, route tables and security "
             "groups chosen for it, which is where network access to the data is controlled and "
             "audited.",
      .fix_cfn = "ClusterSubnetGroupName: !Ref WarehouseSubnets",
      .fix_cdk = "new redshift.CfnCluster(this, 'Warehouse', { clusterSubnetGroupName: subnets.ref, ... })",
      .cdk_nag_quirks = "Any intrinsic ClusterSubnetGroupName counts as a subnet group.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* subnet_group = cluster.property("ClusterSubnetGroupName");
    if (js::is_nullish(subnet_group) || has_zero_length(*subnet_group))
      return Verdict::violation(subnet_group, "the cluster names no subnet group, so it is not placed in a VPC");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterOutsideVpc)

}  // namespace infralint::rules::aws::redshift
