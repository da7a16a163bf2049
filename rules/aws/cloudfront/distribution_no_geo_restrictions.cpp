// AwsSolutions-CFR1 (cdk-nag CloudFrontDistributionGeoRestrictions): a web distribution
// should say where it may be viewed from.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::cloudfront {

using model::Resource;
using model::Value;

class DistributionNoGeoRestrictions final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-cloudfront-distribution-no-geo-restrictions",
      .title = "CloudFront distribution does not restrict viewers by country",
      .resource_types = {"AWS::CloudFront::Distribution"},
      .what = "A CloudFront distribution whose DistributionConfig has no Restrictions, or whose "
              "Restrictions.GeoRestriction.RestrictionType is \"none\".",
      .why = "Content that only some countries need to reach is otherwise served everywhere, "
             "including where licensing, sanctions or data rules forbid it; an allow or block list "
             "also trims the audience an attacker can hide in.",
      .fix_cfn = "DistributionConfig:\n"
                 "  Restrictions:\n"
                 "    GeoRestriction:\n"
                 "      RestrictionType: whitelist\n"
                 "      Locations: [DE, FR]",
      .fix_cdk = "new cloudfront.Distribution(this, 'Cdn', { geoRestriction: "
                 "cloudfront.GeoRestriction.allowlist('DE', 'FR'), ... })",
      .cdk_nag_quirks = "Only RestrictionType written exactly \"none\" fails; \"NONE\" passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& distribution) const override {
    const Value* restrictions = js::get(distribution.property("DistributionConfig"), "Restrictions");
    if (js::is_nullish(restrictions)) return Verdict::violation(restrictions, "the distribution has no restrictions");
    const Value* geo = js::get(restrictions, "GeoRestriction");
    const Value* type = resolve_if_primitive(js::get(geo, "RestrictionType"), "RestrictionType");
    if (js::loose_equals(type, std::string_view("none")))
      return Verdict::violation(type, "the distribution's geographic restriction type is none");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DistributionNoGeoRestrictions)

}  // namespace infralint::rules::aws::cloudfront
