// AwsSolutions-AS3 (cdk-nag AutoScalingGroupScalingNotifications): an Auto Scaling group
// should notify on every launch and termination, successful or not.
#include <array>
#include <string>
#include <string_view>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::autoscaling {

using model::Resource;
using model::Value;

namespace {
// aws-cdk-lib's ScalingEvent values cdk-nag requires, in its order.
constexpr std::array<std::string_view, 4> kRequiredEvents = {
    "autoscaling:EC2_INSTANCE_LAUNCH", "autoscaling:EC2_INSTANCE_LAUNCH_ERROR",
    "autoscaling:EC2_INSTANCE_TERMINATE", "autoscaling:EC2_INSTANCE_TERMINATE_ERROR"};

// `configurations.some(config => config.notificationTypes?.includes(event))`: stops at the
// first configuration that covers the event, so later ones are not read.
bool some_configuration_covers(const Value& configurations, std::string_view event) {
  for (const Value& configuration : configurations.items()) {
    const Value* types = js::get(&configuration, "NotificationTypes");
    if (!js::is_nullish(types) && js::includes(types, event)) return true;
  }
  return false;
}
}  // namespace

class GroupMissingScalingNotifications final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-autoscaling-group-missing-scaling-notifications",
      .title = "Auto Scaling group does not notify on every scaling event",
      .resource_types = {"AWS::AutoScaling::AutoScalingGroup"},
      .what = "An Auto Scaling group without NotificationConfigurations, or whose configurations "
              "together do not list all of autoscaling:EC2_INSTANCE_LAUNCH, "
              "EC2_INSTANCE_LAUNCH_ERROR, EC2_INSTANCE_TERMINATE and EC2_INSTANCE_TERMINATE_ERROR. A "
              "NotificationTypes given as one string passes for every event it contains as a "
              "substring, as in cdk-nag; a configuration list that is not a list cannot be judged.",
      .why = "Scaling events say when capacity changed and, for the error events, when it failed "
             "to. Without notifications a group that cannot launch instances, or that is being "
             "drained, goes unnoticed until the application suffers.",
      .fix_cfn = "NotificationConfigurations:\n"
                 "  - TopicARN: !Ref ScalingEvents\n"
                 "    NotificationTypes:\n"
                 "      - autoscaling:EC2_INSTANCE_LAUNCH\n"
                 "      - autoscaling:EC2_INSTANCE_LAUNCH_ERROR\n"
                 "      - autoscaling:EC2_INSTANCE_TERMINATE\n"
                 "      - autoscaling:EC2_INSTANCE_TERMINATE_ERROR",
      .fix_cdk = "new autoscaling.AutoScalingGroup(this, 'Asg', { ..., notifications: [{ topic, scalingEvents: "
                 "autoscaling.ScalingEvents.ALL }] })",
      .cdk_nag_quirks = "A NotificationTypes string passes for every event it contains as a "
                        "substring, and NotificationConfigurations that is not a list cannot be "
                        "judged. The search for each event stops at the first configuration "
                        "covering it, so an intrinsic in a later one may never be read.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& group) const override {
    const Value* configurations = group.property("NotificationConfigurations");
    if (js::is_nullish(configurations))
      return Verdict::violation(configurations, "the group sends no scaling notifications");
    // `.some()` exists only on arrays.
    if (!configurations->is_array())
      js::type_error(configurations, "NotificationConfigurations is not a list, which the rule cannot read");
    for (std::string_view event : kRequiredEvents)
      if (!some_configuration_covers(*configurations, event))
        return Verdict::violation(configurations, "no notification configuration covers " + std::string(event));
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(GroupMissingScalingNotifications)

}  // namespace infralint::rules::aws::autoscaling
