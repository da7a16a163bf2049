// AwsSolutions-EC23 (cdk-nag EC2RestrictedInbound): security groups should not accept
// traffic from the whole IPv4 or IPv6 internet.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::ec2 {

using model::Resource;
using model::Value;

class SecurityGroupOpenIngress final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-ec2-security-group-open-ingress",
      .title = "Security group allows inbound traffic from anywhere",
      .resource_types = {"AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"},
      .what = "A security group ingress rule (inline in SecurityGroupIngress, or a separate "
              "AWS::EC2::SecurityGroupIngress) whose CidrIp or CidrIpv6 contains \"/0\", such as "
              "0.0.0.0/0 or ::/0.",
      .why = "A /0 range admits every address on the internet, so the port is exposed to scanning "
             "and attack by anyone rather than only the clients that need it.",
      .fix_cfn = "SecurityGroupIngress:\n"
                 "  - IpProtocol: tcp\n"
                 "    FromPort: 443\n"
                 "    ToPort: 443\n"
                 "    SourceSecurityGroupId: !Ref LoadBalancerSecurityGroup",
      .fix_cdk = "securityGroup.addIngressRule(ec2.Peer.securityGroupId(lbSg.securityGroupId), "
                 "ec2.Port.tcp(443)) or a specific ec2.Peer.ipv4('10.0.0.0/16')",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& resource) const override {
    if (resource.type == "AWS::EC2::SecurityGroupIngress")
      return judge_ranges(resource.property("CidrIp"), resource.property("CidrIpv6"));
    const Value* rules = resource.property("SecurityGroupIngress");
    if (!js::is_nullish(rules))
      for (const Value* rule : js::Elements(rules)) {
        Verdict verdict = judge_ranges(js::get(rule, "CidrIp"), js::get(rule, "CidrIpv6"));
        if (verdict.kind() != Verdict::Kind::Compliant) return verdict;
      }
    return Verdict::compliant();
  }

 private:
  // Both ranges are resolved before either is compared, as in cdk-nag.
  static Verdict judge_ranges(const Value* cidr_ip, const Value* cidr_ipv6) {
    const Value* ipv4 = resolve_if_primitive(cidr_ip, "CidrIp");
    const Value* ipv6 = resolve_if_primitive(cidr_ipv6, "CidrIpv6");
    if (!js::is_nullish(ipv4) && js::includes(ipv4, "/0"))
      return Verdict::violation(ipv4, "ingress is open to " + std::string(ipv4->as_string()));
    if (!js::is_nullish(ipv6) && js::includes(ipv6, "/0"))
      return Verdict::violation(ipv6, "ingress is open to " + std::string(ipv6->as_string()));
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(SecurityGroupOpenIngress)

}  // namespace infralint::rules::aws::ec2
