// AwsSolutions-CFR7 (cdk-nag CloudFrontDistributionS3OriginAccessControl): a web
// distribution should read the S3 buckets of its stack through an origin access control.
#include "aws/cloudfront/only_whitespace.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/common/same_stack.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::cloudfront {

using model::Resource;
using model::Value;

class DistributionS3OriginNoAccessControl final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-cloudfront-distribution-s3-origin-no-access-control",
      .title = "CloudFront distribution reads an S3 bucket origin without an origin access control",
      .resource_types = {"AWS::CloudFront::Distribution"},
      .what = "A CloudFront distribution with an origin whose DomainName refers (Ref or Fn::GetAtt) to "
              "an S3 bucket of the same stack, and whose OriginAccessControlId is absent, null, empty "
              "or only whitespace. Origins naming a bucket by a literal domain are not recognised.",
      .why = "An origin access control signs CloudFront's requests to the bucket, so the bucket policy "
             "can admit only this distribution and keep the bucket itself private. Without it the "
             "bucket has to be public or rely on the older origin access identity.",
      .fix_cfn = "Origins:\n"
                 "  - Id: assets\n"
                 "    DomainName: !GetAtt Assets.RegionalDomainName\n"
                 "    OriginAccessControlId: !GetAtt AssetsAccessControl.Id\n"
                 "    S3OriginConfig: {OriginAccessIdentity: ''}",
      .fix_cdk = "new cloudfront.Distribution(this, 'Cdn', { defaultBehavior: { origin: "
                 "origins.S3BucketOrigin.withOriginAccessControl(assets) } })",
      .cdk_nag_quirks = "An origin is recognised as an S3 bucket only when its DomainName is a "
                        "Ref or Fn::GetAtt to a bucket of the same stack; a domain written out or "
                        "built with Fn::Join or Fn::Sub is not checked.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& distribution) const override {
    const Value* origins = js::get(distribution.property("DistributionConfig"), "Origins");
    if (js::is_nullish(origins)) return Verdict::compliant();
    const std::vector<const Resource*> buckets = same_stack(distribution, {"AWS::S3::Bucket"});
    for (const Value* origin : js::Elements(origins)) {
      const Referent target = Referent::of(js::get(origin, "DomainName"));
      bool names_a_bucket = false;
      for (const Resource* bucket : buckets) names_a_bucket = names_a_bucket || target.is(bucket->id);
      if (!names_a_bucket) continue;
      const Value* control = js::get(origin, "OriginAccessControlId");
      const Referent control_id = Referent::of(control);
      if (js::is_nullish(control_id.value()))
        return Verdict::violation(origin, "an S3 bucket origin has no origin access control");
      if (only_whitespace(control_id.value(), "OriginAccessControlId"))
        return Verdict::violation(control, "an S3 bucket origin has an empty origin access control id");
    }
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DistributionS3OriginNoAccessControl)

}  // namespace infralint::rules::aws::cloudfront
