// AwsSolutions-EB3 (cdk-nag ElasticBeanstalkManagedUpdatesEnabled): an Elastic Beanstalk
// environment should apply minor or patch platform updates on its own.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/elasticbeanstalk/option_settings.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::elasticbeanstalk {

using model::Resource;
using model::Value;

class EnvironmentManagedUpdatesDisabled final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-elasticbeanstalk-environment-managed-updates-disabled",
      .title = "Elastic Beanstalk environment does not apply managed platform updates",
      .resource_types = {"AWS::ElasticBeanstalk::Environment"},
      .what = "An Elastic Beanstalk environment whose OptionSettings lack either of two entries: "
              "\"aws:elasticbeanstalk:managedactions\" / ManagedActionsEnabled with no Value or the "
              "string \"true\", and \"aws:elasticbeanstalk:managedactions:platformupdate\" / "
              "UpdateLevel with the string \"minor\" or \"patch\". Environments without OptionSettings "
              "are flagged too. Values are compared exactly, so a boolean true or \"True\" does not "
              "count.",
      .why = "Platform updates carry fixes for the operating system, language runtime and web server "
             "the application runs on. Without managed updates they are applied only when someone "
             "remembers to, and known vulnerabilities stay open in the meantime.",
      .fix_cfn = "OptionSettings:\n"
                 "  - Namespace: aws:elasticbeanstalk:managedactions\n"
                 "    OptionName: ManagedActionsEnabled\n"
                 "    Value: 'true'\n"
                 "  - Namespace: aws:elasticbeanstalk:managedactions\n"
                 "    OptionName: PreferredStartTime\n"
                 "    Value: 'Sun:02:00'\n"
                 "  - Namespace: aws:elasticbeanstalk:managedactions:platformupdate\n"
                 "    OptionName: UpdateLevel\n"
                 "    Value: minor",
      .fix_cdk = "optionSettings: [{ namespace: 'aws:elasticbeanstalk:managedactions', optionName: "
                 "'ManagedActionsEnabled', value: 'true' }, { namespace: "
                 "'aws:elasticbeanstalk:managedactions:platformupdate', optionName: 'UpdateLevel', value: "
                 "'minor' }]",
      .cdk_nag_quirks = "Values are compared exactly with the strings \"true\", \"minor\" and "
                        "\"patch\", so a boolean true fails, while a ManagedActionsEnabled entry "
                        "without a Value counts as enabled. An entry naming ManagedActionsEnabled "
                        "with another value is tested as an UpdateLevel entry instead, and fails.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& environment) const override {
    const Value* settings = environment.property("OptionSettings");
    if (js::is_nullish(settings))
      return Verdict::violation(settings, "the environment has no option settings, so managed updates are off");
    bool enabled = false;
    bool level = false;
    visit_option_settings(settings, [&](const OptionSetting& setting) {
      // As in cdk-nag, an entry that names ManagedActionsEnabled with another value
      // falls through to the UpdateLevel test (and fails it).
      if (js::strict_equals(setting.namespace_name, "aws:elasticbeanstalk:managedactions") &&
          js::strict_equals(setting.option_name, "ManagedActionsEnabled") &&
          (setting.value == nullptr || js::strict_equals(setting.value, "true"))) {
        enabled = true;
      } else if (js::strict_equals(setting.namespace_name, "aws:elasticbeanstalk:managedactions:platformupdate") &&
                 js::strict_equals(setting.option_name, "UpdateLevel") &&
                 (js::strict_equals(setting.value, "minor") || js::strict_equals(setting.value, "patch"))) {
        level = true;
      }
      return enabled && level;
    });
    if (!enabled)
      return Verdict::violation(settings, "managed actions are not enabled (aws:elasticbeanstalk:managedactions)");
    if (!level)
      return Verdict::violation(settings, "no minor or patch update level is set "
                                          "(aws:elasticbeanstalk:managedactions:platformupdate UpdateLevel)");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(EnvironmentManagedUpdatesDisabled)

}  // namespace infralint::rules::aws::elasticbeanstalk
