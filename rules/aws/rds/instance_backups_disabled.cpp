// AwsSolutions-RDS13 (cdk-nag RDSInstanceBackupEnabled): DB instances should keep
// automated backups.
#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::rds {

using model::Resource;
using model::Value;

class InstanceBackupsDisabled final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-rds-instance-backups-disabled",
      .title = "RDS DB instance keeps no automated backups",
      .resource_types = {"AWS::RDS::DBInstance"},
      .what = "A DB instance whose BackupRetentionPeriod is set to 0 or less (a numeric string such "
              "as \"0\" counts too). A missing BackupRetentionPeriod passes: RDS then keeps backups "
              "for a day.",
      .why = "A retention period of 0 turns automated backups off, and with them point-in-time "
             "restore: a bad write or a dropped table can then only be undone from a manual "
             "snapshot, if one exists.",
      .fix_cfn = "BackupRetentionPeriod: 7",
      .fix_cdk = "new rds.DatabaseInstance(this, 'Db', { backupRetention: Duration.days(7), ... })",
      .cdk_nag_quirks = "BackupRetentionPeriod is compared as a number, so the string \"0\" "
                        "fails; null counts as absent and passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& instance) const override {
    const Value* retention = resolve_if_primitive(instance.property("BackupRetentionPeriod"), "BackupRetentionPeriod");
    // `backup !== undefined && backup <= 0`, through ToNumber: text that is no number
    // (NaN) never compares. CDK reads a template's null as undefined, so null passes.
    if (js::is_nullish(retention)) return Verdict::compliant();
    const std::optional<double> days = js::to_number(retention);
    if (days && *days <= 0) return Verdict::violation(retention, "the instance keeps no automated backups");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(InstanceBackupsDisabled)

}  // namespace infralint::rules::aws::rds
