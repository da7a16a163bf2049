// AwsSolutions-RS9 (cdk-nag RedshiftClusterVersionUpgrade): a Redshift cluster should
// take engine version upgrades.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::redshift {

using model::Resource;
using model::Value;

class ClusterVersionUpgradeDisabled final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-redshift-cluster-version-upgrade-disabled",
      .title = "Redshift cluster refuses engine version upgrades",
      .resource_types = {"AWS::Redshift::Cluster"},
      .what = "A Redshift cluster whose AllowVersionUpgrade is the boolean false. Absent (the "
              "service default is to allow upgrades) passes, and like cdk-nag so does the string "
              "\"false\".",
      .why = "Major version upgrades carry security fixes; a cluster that refuses them keeps running "
             "an engine with known problems until someone remembers to upgrade by hand.",
      .fix_cfn = "AllowVersionUpgrade: true",
      .fix_cdk = "new redshift.CfnCluster(this, 'Warehouse', { allowVersionUpgrade: true, ... })",
      .cdk_nag_quirks = "Only the boolean false fails; the string \"false\" passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* upgrade = resolve_if_primitive(cluster.property("AllowVersionUpgrade"), "AllowVersionUpgrade");
    if (js::is_false(upgrade)) return Verdict::violation(upgrade, "the cluster does not take engine version upgrades");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterVersionUpgradeDisabled)

}  // namespace infralint::rules::aws::redshift
