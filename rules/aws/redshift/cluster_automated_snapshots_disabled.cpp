// AwsSolutions-RS10 (cdk-nag RedshiftBackupEnabled): a Redshift cluster should keep
// automated snapshots.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::redshift {

using model::Resource;
using model::Value;

class ClusterAutomatedSnapshotsDisabled final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-redshift-cluster-automated-snapshots-disabled",
      .title = "Redshift cluster keeps no automated snapshots",
      .resource_types = {"AWS::Redshift::Cluster"},
      .what = "A Redshift cluster whose AutomatedSnapshotRetentionPeriod is 0. The comparison is "
              "JavaScript's loose ==, so \"0\", \"\" and false count as 0 too; an absent period "
              "(the service keeps one day) passes.",
      .why = "A retention period of 0 turns automated snapshots off, which leaves no recent restore "
             "point after a bad load, a dropped table or a lost cluster.",
      .fix_cfn = "AutomatedSnapshotRetentionPeriod: 7",
      .fix_cdk = "new redshift.CfnCluster(this, 'Warehouse', { automatedSnapshotRetentionPeriod: 7, ... })",
      .cdk_nag_quirks = "The period is compared with JavaScript's loose == 0, so \"\", \"0\" and "
                        "false fail as well.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* retention =
        resolve_if_primitive(cluster.property("AutomatedSnapshotRetentionPeriod"), "AutomatedSnapshotRetentionPeriod");
    if (!js::is_nullish(retention) && js::loose_equals(retention, 0.0))
      return Verdict::violation(retention, "automated snapshots are kept for 0 days, that is, not taken");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterAutomatedSnapshotsDisabled)

}  // namespace infralint::rules::aws::redshift
