// AwsSolutions-AS2 (cdk-nag AutoScalingGroupHealthCheck): a group that trusts the load
// balancer's health checks should give new instances time to start first.
#include <string_view>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::autoscaling {

using model::Resource;
using model::Value;

class GroupElbHealthCheckNoGracePeriod final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-autoscaling-group-elb-health-check-no-grace-period",
      .title = "Auto Scaling group uses ELB health checks without a grace period",
      .resource_types = {"AWS::AutoScaling::AutoScalingGroup"},
      .what = "An Auto Scaling group whose HealthCheckType is \"ELB\" (exactly) and that sets no "
              "HealthCheckGracePeriod. Groups using EC2 health checks, or none, pass. Both values must "
              "be literals to be judged.",
      .why = "Load balancer health checks start failing as soon as an instance is registered. "
             "Without a grace period the group replaces instances that are still booting, and a "
             "deployment can churn forever without ever becoming healthy.",
      .fix_cfn = "HealthCheckType: ELB\n"
                 "HealthCheckGracePeriod: 300",
      .fix_cdk = "new autoscaling.AutoScalingGroup(this, 'Asg', { ..., healthChecks: "
                 "autoscaling.HealthChecks.withAdditionalChecks({ additionalTypes: "
                 "[autoscaling.AdditionalHealthCheckType.ELB], gracePeriod: Duration.minutes(5) }) })",
      .cdk_nag_quirks = "HealthCheckType must be exactly \"ELB\" (\"elb\" passes). "
                        "HealthCheckType and HealthCheckGracePeriod are both resolved before "
                        "either is compared, so an intrinsic in either makes the rule unable to "
                        "decide.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& group) const override {
    // Both are resolved before either is compared, as in cdk-nag.
    const Value* type = resolve_if_primitive(group.property("HealthCheckType"), "HealthCheckType");
    const Value* grace = resolve_if_primitive(group.property("HealthCheckGracePeriod"), "HealthCheckGracePeriod");
    if (!js::is_nullish(type) && js::loose_equals(type, std::string_view("ELB")) && js::is_nullish(grace))
      return Verdict::violation(type, "ELB health checks start without a grace period");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(GroupElbHealthCheckNoGracePeriod)

}  // namespace infralint::rules::aws::autoscaling
