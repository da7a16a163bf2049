// AwsSolutions-RS3 (cdk-nag RedshiftClusterNonDefaultUsername): a Redshift cluster's
// administrator should not be called awsuser.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::redshift {

using model::Resource;
using model::Value;

class ClusterDefaultMasterUsername final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-redshift-cluster-default-master-username",
      .title = "Redshift cluster keeps the default administrator name",
      .resource_types = {"AWS::Redshift::Cluster"},
      .what = "A Redshift cluster whose MasterUsername is awsuser (compared exactly, so AwsUser "
              "passes). A cluster without a MasterUsername passes.",
      .why = "awsuser is the name every guide and console default uses, so it is the first account "
             "name tried against an exposed endpoint; an unguessable name leaves an attacker one "
             "more thing to find out.",
      .fix_cfn = "MasterUsername: warehouse_admin",
      .fix_cdk = "new redshift.CfnCluster(this, 'Warehouse', { masterUsername: 'warehouse_admin', ... })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* username = resolve_if_primitive(cluster.property("MasterUsername"), "MasterUsername");
    if (js::loose_equals(username, std::string_view("awsuser")))
      return Verdict::violation(username, "the administrator account has the default name awsuser");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterDefaultMasterUsername)

}  // namespace infralint::rules::aws::redshift
