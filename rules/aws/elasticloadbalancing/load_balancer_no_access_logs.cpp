// AwsSolutions-ELB2 (cdk-nag ELBLoggingEnabled): load balancers, classic and v2, should
// write access logs.
#include <string>

#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::elasticloadbalancing {

using model::Member;
using model::Resource;
using model::Value;

namespace {

// cdk-nag searches JSON.stringify(loadBalancerAttributes) for this text. It sees the L1
// construct's value, whose attribute entries are spelled {key, value}; the template
// spells them {Key, Value}.
constexpr std::string_view kLogsOn = R"("access_logs.s3.enabled","value":"true")";

// The attribute list as the L1 construct holds it, rebuilt key first from the two
// members CDK knows. The L2 constructs and CfnInclude build entries key first; an app
// writing {value, key} by hand fails in cdk-nag, but CDK synthesizes Key before Value
// either way, so the template cannot tell. Intrinsics (and what they contain) stay as
// written: CDK passes them through untouched.
Value as_constructed(const Value& attributes) {
  if (!attributes.is_array()) return attributes;
  Value::Array entries;
  entries.reserve(attributes.size());
  for (const Value& entry : attributes.items()) {
    if (!entry.is_object() || !entry.intrinsic().empty()) {
      entries.push_back(entry);
      continue;
    }
    Value::Object members;
    if (const Member* key = entry.find_member("Key")) members.push_back(Member{"key", key->key_location, key->value});
    if (const Member* value = entry.find_member("Value"))
      members.push_back(Member{"value", value->key_location, value->value});
    entries.push_back(Value::object(std::move(members), entry.location()));
  }
  return Value::array(std::move(entries), attributes.location());
}

}  // namespace

class LoadBalancerNoAccessLogs final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-elasticloadbalancing-load-balancer-no-access-logs",
      .title = "Load balancer does not write access logs",
      .resource_types = {"AWS::ElasticLoadBalancing::LoadBalancer", "AWS::ElasticLoadBalancingV2::LoadBalancer"},
      .what = "A Classic Load Balancer without an AccessLoggingPolicy or whose "
              "AccessLoggingPolicy.Enabled is loosely equal to false (false, 0, \"0\"); an "
              "Application, Network or Gateway Load Balancer whose LoadBalancerAttributes have no "
              "entry {Key: access_logs.s3.enabled, Value: \"true\"} (the string, written key first). A "
              "v2 load balancer without LoadBalancerAttributes cannot be judged, as in cdk-nag.",
      .why = "Access logs record every request: client address, path, latency and response. They are "
             "what shows an attack, an abusive client or the start of an outage after the fact.",
      .fix_cfn = "LoadBalancerAttributes:\n"
                 "  - Key: access_logs.s3.enabled\n"
                 "    Value: 'true'\n"
                 "  - Key: access_logs.s3.bucket\n"
                 "    Value: !Ref AccessLogBucket",
      .fix_cdk = "alb.logAccessLogs(logBucket, 'alb') or, for a classic one, accessLoggingPolicy: { enabled: "
                 "true, s3BucketName: logBucket.bucketName }",
      .cdk_nag_quirks = "A v2 load balancer without LoadBalancerAttributes cannot be judged, and "
                        "its attributes are matched by searching their JSON text for the key "
                        "directly followed by the value \"true\". A classic AccessLoggingPolicy "
                        "given as Fn::If passes, and so does Enabled: \"false\", as only values "
                        "loosely equal to false fail.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& balancer) const override {
    if (balancer.type == "AWS::ElasticLoadBalancing::LoadBalancer") return judge_classic(balancer);
    const Value* attributes = balancer.property("LoadBalancerAttributes");
    // JSON.stringify(undefined) is undefined, and cdk-nag then calls .search() on it.
    if (attributes == nullptr)
      js::type_error(nullptr, "the load balancer has no LoadBalancerAttributes, which the rule cannot read");
    if (js::stringify(as_constructed(*attributes)).find(kLogsOn) == std::string::npos)
      return Verdict::violation(attributes, "no load balancer attribute sets access_logs.s3.enabled to \"true\"");
    return Verdict::compliant();
  }

 private:
  static Verdict judge_classic(const Resource& balancer) {
    const Value* policy = balancer.property("AccessLoggingPolicy");
    if (js::is_nullish(policy))
      return Verdict::violation(policy, "the load balancer has no access logging policy");
    const Value* enabled = resolve_if_primitive(js::get(policy, "Enabled"), "AccessLoggingPolicy.Enabled");
    if (js::loose_equals(enabled, false)) return Verdict::violation(enabled, "access logging is turned off");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(LoadBalancerNoAccessLogs)

}  // namespace infralint::rules::aws::elasticloadbalancing
