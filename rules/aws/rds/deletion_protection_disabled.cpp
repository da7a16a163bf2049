// AwsSolutions-RDS10 (cdk-nag RDSInstanceDeletionProtectionEnabled): databases should
// be protected against deletion.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::rds {

using model::Resource;
using model::Value;

class DeletionProtectionDisabled final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-rds-deletion-protection-disabled",
      .title = "RDS database can be deleted without first lifting protection",
      .resource_types = {"AWS::RDS::DBCluster", "AWS::RDS::DBInstance"},
      .what = "A DB cluster whose DeletionProtection is missing or false, or a DB instance whose "
              "DeletionProtection is missing or false unless its Engine names an Aurora engine (the "
              "cluster protects Aurora instances).",
      .why = "Without deletion protection one mistaken API call, console click or stack update that "
             "replaces the resource removes the database and, by default, its automated backups.",
      .fix_cfn = "DeletionProtection: true",
      .fix_cdk = "new rds.DatabaseInstance(this, 'Db', { deletionProtection: true, ... })",
      .cdk_nag_quirks = "A DB instance whose Engine is an intrinsic (a parameter, say) cannot be "
                        "judged, even when DeletionProtection is true, because the engine is "
                        "resolved before anything is compared.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& database) const override {
    const Value* written = database.property("DeletionProtection");
    if (database.type == "AWS::RDS::DBCluster") {
      if (js::is_nullish(written)) return Verdict::violation(written, "the cluster has no deletion protection");
      const Value* protection = resolve_if_primitive(written, "DeletionProtection");
      if (js::loose_equals(protection, false)) return Verdict::violation(protection, "the cluster has no deletion protection");
      return Verdict::compliant();
    }
    const Value* protection = resolve_if_primitive(written, "DeletionProtection");
    const Value* engine = resolve_if_primitive(database.property("Engine"), "Engine");
    if ((js::loose_equals(protection, false) || js::is_nullish(protection)) &&
        (js::is_nullish(engine) ||
         js::to_lower(js::string_receiver(engine, "toLowerCase")).find("aurora") == std::string::npos))
      return Verdict::violation(protection, "the instance has no deletion protection");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DeletionProtectionDisabled)

}  // namespace infralint::rules::aws::rds
