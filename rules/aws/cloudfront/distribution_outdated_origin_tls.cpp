// AwsSolutions-CFR5 (cdk-nag CloudFrontDistributionNoOutdatedSSL): a web distribution
// should reach its custom origins over HTTPS only, never offering SSLv3 or TLSv1.
#include <string>
#include <vector>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::cloudfront {

using model::Resource;
using model::Value;

namespace {

// `protocols.map((i) => i.toLowerCase())`: only a list has map, and every item must be
// a string; all of them are lowered before any is compared.
std::vector<std::string> lowered_protocols(const Value* protocols) {
  if (protocols == nullptr || !protocols->is_array())
    js::type_error(protocols, "the rule maps over OriginSSLProtocols, which is not a list");
  std::vector<std::string> lowered;
  lowered.reserve(protocols->size());
  for (const Value& protocol : protocols->items())
    lowered.push_back(js::to_lower(js::string_receiver(&protocol, "toLowerCase")));
  return lowered;
}

bool contains(const std::vector<std::string>& items, std::string_view wanted) {
  for (const std::string& item : items)
    if (item == wanted) return true;
  return false;
}

}  // namespace

class DistributionOutdatedOriginTls final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-cloudfront-distribution-outdated-origin-tls",
      .title = "CloudFront distribution may reach a custom origin over plain HTTP or outdated TLS",
      .resource_types = {"AWS::CloudFront::Distribution"},
      .what = "A CloudFront distribution with a custom origin (CustomOriginConfig) whose "
              "OriginProtocolPolicy is not https-only, that lists no OriginSSLProtocols, or whose "
              "OriginSSLProtocols include SSLv3 or TLSv1 (compared without regard to case).",
      .why = "The hop from CloudFront to the origin carries the same data as the one to the viewer. "
             "Plain HTTP exposes it on the way; SSLv3 and TLS 1.0 can be downgraded and broken.",
      .fix_cfn = "Origins:\n"
                 "  - Id: app\n"
                 "    DomainName: app.example.com\n"
                 "    CustomOriginConfig:\n"
                 "      OriginProtocolPolicy: https-only\n"
                 "      OriginSSLProtocols: [TLSv1.2]",
      .fix_cdk = "new origins.HttpOrigin('app.example.com', { protocolPolicy: "
                 "cloudfront.OriginProtocolPolicy.HTTPS_ONLY, originSslProtocols: "
                 "[cloudfront.OriginSslPolicy.TLS_V1_2] })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& distribution) const override {
    const Value* origins = js::get(distribution.property("DistributionConfig"), "Origins");
    if (js::is_nullish(origins)) return Verdict::compliant();
    for (const Value* origin : js::Elements(origins)) {
      const Value* custom = js::get(origin, "CustomOriginConfig");
      if (js::is_nullish(custom)) continue;
      const Value* policy = resolve_if_primitive(js::get(custom, "OriginProtocolPolicy"), "OriginProtocolPolicy");
      if (!js::loose_equals(policy, std::string_view("https-only")))
        return Verdict::violation(policy != nullptr ? policy : custom, "a custom origin is not reached over HTTPS only");
      const Value* protocols = js::get(custom, "OriginSSLProtocols");
      if (js::is_nullish(protocols)) return Verdict::violation(custom, "a custom origin lists no SSL protocols");
      const std::vector<std::string> lowered = lowered_protocols(protocols);
      if (contains(lowered, "sslv3") || contains(lowered, "tlsv1"))
        return Verdict::violation(protocols, "a custom origin may be reached over SSLv3 or TLSv1");
    }
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DistributionOutdatedOriginTls)

}  // namespace infralint::rules::aws::cloudfront
