// AwsSolutions-CFR6 (cdk-nag CloudFrontDistributionS3OriginAccessIdentity): a streaming
// distribution should read its S3 origin through an origin access identity.
#include "aws/cloudfront/only_whitespace.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::cloudfront {

using model::Resource;
using model::Value;

class StreamingDistributionNoOriginAccessIdentity final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-cloudfront-streaming-distribution-no-origin-access-identity",
      .title = "CloudFront streaming distribution reads its S3 origin without an origin access identity",
      .resource_types = {"AWS::CloudFront::StreamingDistribution"},
      .what = "A CloudFront streaming distribution whose S3Origin.OriginAccessIdentity is empty or "
              "only whitespace. An identity written with an intrinsic function cannot be checked.",
      .why = "Without an origin access identity the bucket must be readable by everyone for "
             "CloudFront to fetch from it, so viewers can bypass the distribution and its controls "
             "and read the bucket directly.",
      .fix_cfn = "StreamingDistributionConfig:\n"
                 "  S3Origin:\n"
                 "    DomainName: !GetAtt Media.DomainName\n"
                 "    OriginAccessIdentity: origin-access-identity/cloudfront/E2EXAMPLE",
      .fix_cdk = "new cloudfront.CfnStreamingDistribution(this, 'Stream', { streamingDistributionConfig: "
                 "{ s3Origin: { domainName, originAccessIdentity: "
                 "`origin-access-identity/cloudfront/${oai.ref}` }, ... } })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& distribution) const override {
    const Value* origin = js::get(distribution.property("StreamingDistributionConfig"), "S3Origin");
    const Value* identity = js::get(origin, "OriginAccessIdentity");
    if (only_whitespace(identity, "OriginAccessIdentity"))
      return Verdict::violation(identity, "the S3 origin names no origin access identity");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(StreamingDistributionNoOriginAccessIdentity)

}  // namespace infralint::rules::aws::cloudfront
