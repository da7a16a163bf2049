// AwsSolutions-EC28 (cdk-nag EC2InstanceDetailedMonitoringEnabled): instances should
// report CloudWatch metrics every minute.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::ec2 {

using model::Resource;
using model::Value;

class InstanceNoDetailedMonitoring final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-ec2-instance-no-detailed-monitoring",
      .title = "EC2 instance does not have detailed monitoring",
      .resource_types = {"AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration"},
      .what = "An EC2 instance whose Monitoring is absent or loosely equal to false (false, 0, \"0\", "
              "\"\"), or a launch configuration whose InstanceMonitoring is set and loosely equal to "
              "false (a launch configuration turns detailed monitoring on by default). The string "
              "\"false\" is not loosely equal to false, so it passes, as in cdk-nag.",
      .why = "Basic monitoring samples every five minutes, which hides short spikes and slows alarms "
             "and scaling decisions. One-minute metrics show what an instance did during an incident.",
      .fix_cfn = "Monitoring: true            # AWS::EC2::Instance\n"
                 "InstanceMonitoring: true    # AWS::AutoScaling::LaunchConfiguration",
      .fix_cdk = "new ec2.Instance(this, 'Host', { ..., detailedMonitoring: true })",
      .cdk_nag_quirks = "Monitoring is compared with JavaScript's loose == false: the string "
                        "\"false\" passes while \"0\", 0 and \"\" fail. A launch configuration "
                        "fails only when InstanceMonitoring is set to such a value explicitly.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& resource) const override {
    if (resource.type == "AWS::EC2::Instance") {
      const Value* monitoring = resolve_if_primitive(resource.property("Monitoring"), "Monitoring");
      if (js::is_nullish(monitoring) || js::loose_equals(monitoring, false))
        return Verdict::violation(monitoring, "the instance does not turn on detailed monitoring");
      return Verdict::compliant();
    }
    const Value* monitoring = resolve_if_primitive(resource.property("InstanceMonitoring"), "InstanceMonitoring");
    if (!js::is_nullish(monitoring) && js::loose_equals(monitoring, false))
      return Verdict::violation(monitoring, "the launch configuration turns detailed monitoring off");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(InstanceNoDetailedMonitoring)

}  // namespace infralint::rules::aws::ec2
