// AwsSolutions-ELB5 (cdk-nag ELBTlsHttpsListenersOnly): a Classic Load Balancer listener
// that accepts SSL or HTTPS should not hand the traffic on in the clear.
#include <string>
#include <string_view>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::elasticloadbalancing {

using model::Resource;
using model::Value;

namespace {
std::string lowered(const Value* protocol) { return js::to_lower(js::string_receiver(protocol, "toLowerCase")); }

// `instanceProtocol == undefined || instanceProtocol.toLowerCase() == secure`
bool backend_matches(const Value* instance_protocol, std::string_view secure) {
  return js::is_nullish(instance_protocol) || lowered(instance_protocol) == secure;
}
}  // namespace

class ClassicLoadBalancerInsecureListener final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-elasticloadbalancing-classic-load-balancer-insecure-listener",
      .title = "Classic Load Balancer listener forwards encrypted traffic unencrypted",
      .resource_types = {"AWS::ElasticLoadBalancing::LoadBalancer"},
      .what = "A Classic Load Balancer listener whose Protocol is SSL with an InstanceProtocol other "
              "than SSL, or whose Protocol is HTTPS with an InstanceProtocol other than HTTPS (in any "
              "case; an absent InstanceProtocol passes). Listeners on TCP or HTTP are not judged. "
              "Protocol and InstanceProtocol must be literal strings.",
      .why = "Terminating TLS at the load balancer and sending the request on in plain text leaves "
             "it readable and alterable on the network between the load balancer and the instances.",
      .fix_cfn = "Listeners:\n"
                 "  - Protocol: HTTPS\n"
                 "    LoadBalancerPort: '443'\n"
                 "    InstanceProtocol: HTTPS\n"
                 "    InstancePort: '8443'\n"
                 "    SSLCertificateId: !Ref Certificate",
      .fix_cdk = "clb.addListener({ externalPort: 443, externalProtocol: elb.LoadBalancingProtocol.HTTPS, "
                 "internalPort: 8443, internalProtocol: elb.LoadBalancingProtocol.HTTPS, sslCertificateArn })",
      .cdk_nag_quirks = "Protocol must be a literal string; a missing one cannot be judged. "
                        "InstanceProtocol is resolved even on TCP and HTTP listeners, so an "
                        "intrinsic there makes the rule give up.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& balancer) const override {
    for (const Value* listener : js::Elements(balancer.property("Listeners"))) {
      // Both are resolved before either is compared, as in cdk-nag.
      const Value* protocol = resolve_if_primitive(js::get(listener, "Protocol"), "Listeners[].Protocol");
      const Value* instance_protocol =
          resolve_if_primitive(js::get(listener, "InstanceProtocol"), "Listeners[].InstanceProtocol");
      if (lowered(protocol) == "ssl") {
        if (!backend_matches(instance_protocol, "ssl"))
          return Verdict::violation(instance_protocol, "an SSL listener forwards to instances without SSL");
      } else if (lowered(protocol) == "https") {
        if (!backend_matches(instance_protocol, "https"))
          return Verdict::violation(instance_protocol, "an HTTPS listener forwards to instances without HTTPS");
      }
    }
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClassicLoadBalancerInsecureListener)

}  // namespace infralint::rules::aws::elasticloadbalancing
