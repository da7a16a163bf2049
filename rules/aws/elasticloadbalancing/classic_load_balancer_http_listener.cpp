// AwsSolutions-ELB1 (cdk-nag CLBNoInboundHttpHttps): web traffic belongs on an
// Application Load Balancer, not a Classic Load Balancer.
#include <string>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::elasticloadbalancing {

using model::Resource;
using model::Value;

class ClassicLoadBalancerHttpListener final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-elasticloadbalancing-classic-load-balancer-http-listener",
      .title = "Classic Load Balancer serves HTTP or HTTPS",
      .resource_types = {"AWS::ElasticLoadBalancing::LoadBalancer"},
      .what = "A Classic Load Balancer with a listener whose Protocol is HTTP or HTTPS in any case. "
              "Every listener's Protocol must be a literal string: a missing or parameterised one "
              "cannot be judged.",
      .why = "Classic Load Balancers are a previous generation: for web traffic they lack the "
             "Application Load Balancer's routing rules, WAF integration, modern TLS policies and "
             "authentication actions, which are the controls that protect an HTTP application.",
      .fix_cfn = "Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n"
                 "Properties:\n"
                 "  Type: application\n"
                 "  Subnets: [!Ref PublicSubnetA, !Ref PublicSubnetB]",
      .fix_cdk = "new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true })",
      .cdk_nag_quirks = "Every listener's Protocol must be a literal string: a missing or "
                        "intrinsic Protocol makes the rule unable to decide.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& balancer) const override {
    for (const Value* listener : js::Elements(balancer.property("Listeners"))) {
      const Value* protocol = resolve_if_primitive(js::get(listener, "Protocol"), "Listeners[].Protocol");
      const std::string lowered = js::to_lower(js::string_receiver(protocol, "toLowerCase"));
      if (lowered == "http" || lowered == "https")
        return Verdict::violation(protocol, "a listener serves " + std::string(protocol->as_string()));
    }
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClassicLoadBalancerHttpListener)

}  // namespace infralint::rules::aws::elasticloadbalancing
