// AwsSolutions-ELB4 (cdk-nag ELBCrossZoneLoadBalancingEnabled): a Classic Load Balancer
// should span at least two zones and balance across them.
#include <cstddef>
#include <optional>
#include <string_view>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::elasticloadbalancing {

using model::Resource;
using model::Value;

namespace {

// In CDK every pseudo parameter but AWS::NotificationARNs (a list) is a plain string
// token many characters long, AWS::NoValue included; every other intrinsic is typed as
// a list.
bool is_string_pseudo_parameter(const Value& v) {
  if (v.intrinsic() != "Ref" || !v.intrinsic_argument().is_string()) return false;
  const std::string_view name = v.intrinsic_argument().as_string();
  return name.starts_with("AWS::") && name != "AWS::NotificationARNs";
}

// `list.length` of the value the L1 construct holds, before any resolution; nullopt
// when that length cannot be below two (undefined, since `undefined < 2` is false, or a
// long token string). In a CDK app an intrinsic that stands for a whole list (a List
// parameter's valueAsList, Fn.split, Fn.getAzs, Token.asList of an Fn::If) is a list
// token: an array of one encoded string. (CfnInclude keeps such an intrinsic as an
// object without a length instead; the CDK app is what cdk.out comes from.)
std::optional<std::size_t> length_of(const Value& list) {
  if (list.is_array()) return list.size();
  if (is_string_pseudo_parameter(list)) return std::nullopt;  // its token text is far longer than 2
  if (list.is_object()) return list.intrinsic().empty() ? std::nullopt : std::optional<std::size_t>(1);
  if (list.is_string()) {
    std::size_t units = 0;  // UTF-16 code units
    for (char c : list.as_string()) {
      const auto byte = static_cast<unsigned char>(c);
      if ((byte & 0xC0) != 0x80) units += byte >= 0xF0 ? 2 : 1;
    }
    return units;
  }
  return std::nullopt;
}

bool fewer_than_two(const Value& list) {
  const std::optional<std::size_t> length = length_of(list);
  return length && *length < 2;
}

}  // namespace

class ClassicLoadBalancerNoCrossZone final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-elasticloadbalancing-classic-load-balancer-no-cross-zone",
      .title = "Classic Load Balancer does not balance across two or more zones",
      .resource_types = {"AWS::ElasticLoadBalancing::LoadBalancer"},
      .what = "A Classic Load Balancer without CrossZone; with fewer than two Subnets, or without "
              "Subnets and with fewer than two AvailabilityZones; or whose CrossZone is not loosely "
              "true (true, 1, \"1\"; the string \"true\" fails). A subnet or zone list given as one "
              "intrinsic (a List parameter, Fn::Split, Fn::GetAZs) counts as a single entry, as it "
              "does for cdk-nag in a CDK app.",
      .why = "Without cross-zone balancing each zone's nodes send traffic only to their own zone's "
             "instances, so an uneven spread of instances overloads some, and a load balancer in a "
             "single zone goes down with that zone.",
      .fix_cfn = "CrossZone: true\n"
                 "Subnets: [!Ref PublicSubnetA, !Ref PublicSubnetB]",
      .fix_cdk = "new elb.LoadBalancer(this, 'Clb', { vpc, crossZone: true }) in a VPC with two or more zones",
      .cdk_nag_quirks = "Subnets and AvailabilityZones are measured as written: a list given as "
                        "one intrinsic counts as one entry and fails, while a Ref to AWS::NoValue "
                        "or another pseudo parameter passes. CrossZone is compared loosely with "
                        "true: the string \"true\" fails and 1 passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& balancer) const override {
    const Value* cross_zone = balancer.property("CrossZone");
    if (js::is_nullish(cross_zone))
      return Verdict::violation(cross_zone, "cross-zone load balancing is not turned on");
    const Value* subnets = balancer.property("Subnets");
    if (js::is_nullish(subnets)) {
      const Value* zones = balancer.property("AvailabilityZones");
      if (js::is_nullish(zones) || fewer_than_two(*zones))
        return Verdict::violation(zones, "the load balancer spans fewer than two availability zones");
    } else if (fewer_than_two(*subnets)) {
      return Verdict::violation(subnets, "the load balancer spans fewer than two subnets");
    }
    const Value* enabled = resolve_if_primitive(cross_zone, "CrossZone");
    if (!js::loose_equals(enabled, true)) return Verdict::violation(enabled, "cross-zone load balancing is off");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClassicLoadBalancerNoCrossZone)

}  // namespace infralint::rules::aws::elasticloadbalancing
