// AwsSolutions-CFR3 (cdk-nag CloudFrontDistributionAccessLogging): web and streaming
// distributions should write standard access logs.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::cloudfront {

using model::Resource;
using model::Value;

class DistributionNoAccessLogs final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-cloudfront-distribution-no-access-logs",
      .title = "CloudFront distribution does not write access logs",
      .resource_types = {"AWS::CloudFront::Distribution", "AWS::CloudFront::StreamingDistribution"},
      .what = "A CloudFront distribution whose DistributionConfig has no Logging, or a streaming "
              "distribution whose StreamingDistributionConfig has no Logging or whose "
              "Logging.Enabled is falsy.",
      .why = "Access logs record every viewer request: the evidence needed to trace abuse, scraping "
             "or a leak of cached content, and to see who fetched what and when.",
      .fix_cfn = "DistributionConfig:\n"
                 "  Logging:\n"
                 "    Bucket: !GetAtt CdnLogs.RegionalDomainName\n"
                 "    Prefix: cdn/",
      .fix_cdk = "new cloudfront.Distribution(this, 'Cdn', { enableLogging: true, logBucket: cdnLogs, ... })",
      .cdk_nag_quirks = "For a streaming distribution Logging.Enabled is tested for truthiness, "
                        "so the string \"false\" passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& distribution) const override {
    if (distribution.type == "AWS::CloudFront::Distribution") {
      const Value* logging = js::get(distribution.property("DistributionConfig"), "Logging");
      if (js::is_nullish(logging)) return Verdict::violation(logging, "the distribution writes no access logs");
      return Verdict::compliant();
    }
    const Value* logging = js::get(distribution.property("StreamingDistributionConfig"), "Logging");
    if (js::is_nullish(logging)) return Verdict::violation(logging, "the streaming distribution writes no access logs");
    const Value* enabled = resolve_if_primitive(js::get(logging, "Enabled"), "Logging.Enabled");
    if (!js::truthy(enabled))
      return Verdict::violation(enabled != nullptr ? enabled : logging, "the streaming distribution's logging is disabled");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DistributionNoAccessLogs)

}  // namespace infralint::rules::aws::cloudfront
