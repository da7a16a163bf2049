// AwsSolutions-EB1 (cdk-nag ElasticBeanstalkVPCSpecified): an Elastic Beanstalk
// environment should say which VPC its instances run in.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/elasticbeanstalk/option_settings.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::elasticbeanstalk {

using model::Resource;
using model::Value;

class EnvironmentNoVpc final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-elasticbeanstalk-environment-no-vpc",
      .title = "Elastic Beanstalk environment does not name a VPC",
      .resource_types = {"AWS::ElasticBeanstalk::Environment"},
      .what = "An Elastic Beanstalk environment without OptionSettings, or whose OptionSettings have "
              "no entry with Namespace \"aws:ec2:vpc\" and OptionName \"VPCId\" carrying a Value (any "
              "value, a reference included). Namespace and OptionName are compared exactly.",
      .why = "Without a VPC setting the environment's instances and load balancer land in the "
             "account's default VPC, whose public subnets and permissive defaults were not designed "
             "for the application, instead of a network whose routing and access you control.",
      .fix_cfn = "OptionSettings:\n"
                 "  - Namespace: aws:ec2:vpc\n"
                 "    OptionName: VPCId\n"
                 "    Value: !Ref AppVpc",
      .fix_cdk = "new elasticbeanstalk.CfnEnvironment(this, 'Env', { ..., optionSettings: [{ namespace: "
                 "'aws:ec2:vpc', optionName: 'VPCId', value: vpc.vpcId }] })",
      .cdk_nag_quirks = "Any Value counts as naming the VPC, even \"\" or an intrinsic. "
                        "OptionSettings given as a string is walked character by character, which "
                        "finds no setting and fails.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& environment) const override {
    const Value* settings = environment.property("OptionSettings");
    if (js::is_nullish(settings))
      return Verdict::violation(settings, "the environment has no option settings, so it uses the default VPC");
    bool found = false;
    visit_option_settings(settings, [&found](const OptionSetting& setting) {
      // `value !== undefined`: a value that is present, whatever it is, counts.
      found = js::strict_equals(setting.namespace_name, "aws:ec2:vpc") &&
              js::strict_equals(setting.option_name, "VPCId") && setting.value != nullptr;
      return found;
    });
    if (!found) return Verdict::violation(settings, "no option setting names the VPC (aws:ec2:vpc VPCId)");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(EnvironmentNoVpc)

}  // namespace infralint::rules::aws::elasticbeanstalk
