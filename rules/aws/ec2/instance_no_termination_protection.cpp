// AwsSolutions-EC29 (cdk-nag EC2InstanceTerminationProtection): standalone instances
// should be protected against termination through the API.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::ec2 {

using model::Resource;
using model::Value;

class InstanceNoTerminationProtection final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-ec2-instance-no-termination-protection",
      .title = "EC2 instance can be terminated through the API",
      .resource_types = {"AWS::EC2::Instance"},
      .what = "An EC2 instance whose DisableApiTermination is anything but the boolean true (absent, "
              "false, or the string \"true\"). Instances launched by Auto Scaling groups are not "
              "AWS::EC2::Instance resources and are not judged.",
      .why = "A standalone instance is often a pet that holds state. Termination protection makes a "
             "mistaken terminate call, console click or script fail instead of destroying it.",
      .fix_cfn = "DisableApiTermination: true",
      .fix_cdk = "(instance.node.defaultChild as ec2.CfnInstance).disableApiTermination = true",
      .cdk_nag_quirks = "Only the boolean true counts as protected; the string \"true\" fails.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& instance) const override {
    const Value* protection = resolve_if_primitive(instance.property("DisableApiTermination"), "DisableApiTermination");
    if (!js::is_true(protection))
      return Verdict::violation(protection, "DisableApiTermination is not true");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(InstanceNoTerminationProtection)

}  // namespace infralint::rules::aws::ec2
