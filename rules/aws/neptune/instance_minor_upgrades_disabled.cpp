// AwsSolutions-N2 (cdk-nag NeptuneClusterAutomaticMinorVersionUpgrade): Neptune
// instances should take minor engine upgrades automatically.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::neptune {

using model::Resource;
using model::Value;

class InstanceMinorUpgradesDisabled final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-neptune-instance-minor-upgrades-disabled",
      .title = "Neptune DB instance does not take minor engine upgrades automatically",
      .resource_types = {"AWS::Neptune::DBInstance"},
      .what = "A Neptune DB instance whose AutoMinorVersionUpgrade is missing or falsy (false, 0, "
              "\"\"; any non-empty string counts as enabled).",
      .why = "Minor engine versions carry security and stability fixes; applying them "
             "automatically in the maintenance window keeps instances from drifting onto releases "
             "with known problems.",
      .fix_cfn = "AutoMinorVersionUpgrade: true",
      .fix_cdk = "new neptune.CfnDBInstance(this, 'GraphNode', { autoMinorVersionUpgrade: true, ... })",
      .cdk_nag_quirks = "AutoMinorVersionUpgrade is tested for truthiness, so the string "
                        "\"false\" counts as enabled.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& instance) const override {
    const Value* written = instance.property("AutoMinorVersionUpgrade");
    if (js::is_nullish(written))
      return Verdict::violation(written, "the instance does not upgrade minor engine versions automatically");
    const Value* upgrade = resolve_if_primitive(written, "AutoMinorVersionUpgrade");
    if (!js::truthy(upgrade))
      return Verdict::violation(upgrade, "the instance does not upgrade minor engine versions automatically");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(InstanceMinorUpgradesDisabled)

}  // namespace infralint::rules::aws::neptune
