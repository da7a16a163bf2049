// AwsSolutions-ELB3 (cdk-nag CLBConnectionDraining): a Classic Load Balancer should let
// in-flight requests finish before it stops sending to an instance.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::elasticloadbalancing {

using model::Resource;
using model::Value;

class ClassicLoadBalancerNoConnectionDraining final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-elasticloadbalancing-classic-load-balancer-no-connection-draining",
      .title = "Classic Load Balancer does not drain connections",
      .resource_types = {"AWS::ElasticLoadBalancing::LoadBalancer"},
      .what = "A Classic Load Balancer without a ConnectionDrainingPolicy, or whose "
              "ConnectionDrainingPolicy.Enabled is anything but the boolean true (the string \"true\" "
              "included).",
      .why = "Without draining, requests in progress are cut off when an instance is deregistered or "
             "fails its health check, so every deployment and scale-in produces client errors.",
      .fix_cfn = "ConnectionDrainingPolicy:\n"
                 "  Enabled: true\n"
                 "  Timeout: 60",
      .fix_cdk = "new elb.CfnLoadBalancer(this, 'Clb', { ..., connectionDrainingPolicy: { enabled: true, "
                 "timeout: 60 } })",
      .cdk_nag_quirks = "Only the boolean true counts as enabled; the string \"true\" fails.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& balancer) const override {
    const Value* policy = balancer.property("ConnectionDrainingPolicy");
    if (js::is_nullish(policy))
      return Verdict::violation(policy, "the load balancer has no connection draining policy");
    const Value* enabled = resolve_if_primitive(js::get(policy, "Enabled"), "ConnectionDrainingPolicy.Enabled");
    if (!js::is_true(enabled))
      return Verdict::violation(enabled != nullptr ? enabled : policy, "connection draining is not enabled");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClassicLoadBalancerNoConnectionDraining)

}  // namespace infralint::rules::aws::elasticloadbalancing
