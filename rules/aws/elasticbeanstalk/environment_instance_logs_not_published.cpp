// AwsSolutions-EB4 (cdk-nag ElasticBeanstalkEC2InstanceLogsToS3): an Elastic Beanstalk
// environment should copy its instances' rotated logs to S3.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/elasticbeanstalk/option_settings.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::elasticbeanstalk {

using model::Resource;
using model::Value;

class EnvironmentInstanceLogsNotPublished final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-elasticbeanstalk-environment-instance-logs-not-published",
      .title = "Elastic Beanstalk environment keeps instance logs only on the instances",
      .resource_types = {"AWS::ElasticBeanstalk::Environment"},
      .what = "An Elastic Beanstalk environment without OptionSettings, or without an entry with "
              "Namespace \"aws:elasticbeanstalk:hostmanager\", OptionName \"LogPublicationControl\" "
              "and Value the string \"true\" (compared exactly: a boolean true does not count).",
      .why = "Instances of an environment are replaced by scaling, deployments and health checks, "
             "and their local logs go with them. Logs published to S3 outlive the instance and are "
             "there when an incident has to be reconstructed.",
      .fix_cfn = "OptionSettings:\n"
                 "  - Namespace: aws:elasticbeanstalk:hostmanager\n"
                 "    OptionName: LogPublicationControl\n"
                 "    Value: 'true'",
      .fix_cdk = "optionSettings: [{ namespace: 'aws:elasticbeanstalk:hostmanager', optionName: "
                 "'LogPublicationControl', value: 'true' }]",
      .cdk_nag_quirks = "Namespace, OptionName and Value are compared exactly: Value must be the "
                        "string \"true\", so a boolean true fails.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& environment) const override {
    const Value* settings = environment.property("OptionSettings");
    if (js::is_nullish(settings))
      return Verdict::violation(settings, "the environment has no option settings, so logs stay on the instances");
    bool found = false;
    visit_option_settings(settings, [&found](const OptionSetting& setting) {
      found = js::strict_equals(setting.namespace_name, "aws:elasticbeanstalk:hostmanager") &&
              js::strict_equals(setting.option_name, "LogPublicationControl") &&
              js::strict_equals(setting.value, "true");
      return found;
    });
    if (!found)
      return Verdict::violation(settings, "log publication to S3 is not turned on "
                                          "(aws:elasticbeanstalk:hostmanager LogPublicationControl)");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(EnvironmentInstanceLogsNotPublished)

}  // namespace infralint::rules::aws::elasticbeanstalk
