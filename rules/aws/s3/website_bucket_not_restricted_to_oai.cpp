// AwsSolutions-S5 (cdk-nag S3WebBucketOAIAccess): a bucket configured as a static
// website should be readable only through a CloudFront origin access identity.
#include <string>

#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/common/same_stack.hpp"
#include "aws/iam/policy.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::s3 {

using model::Resource;
using model::Value;

namespace {

// checkStarPrincipals: JSON.stringify(principal ?? '') contains a '*'.
bool names_everyone(const Value* principal) {
  return !js::is_nullish(principal) && js::stringify(*principal).find('*') != std::string::npos;
}

// checkOAIPrincipal: the AWS principal mentions an origin access identity, or there is
// a CanonicalUser principal. Reading .AWS of a missing principal throws.
bool names_origin_access_identity(const Value* principal) {
  const Value* aws = js::get(principal, "AWS");
  const bool aws_is_identity = !js::is_nullish(aws) &&
                               js::stringify(*aws).find("CloudFront Origin Access Identity") != std::string::npos;
  return aws_is_identity || js::truthy(js::get_optional(principal, "CanonicalUser"));
}

// checkMatchingActions: only s3:GetObject and s3:PutObject, in any case.
bool only_gets_and_puts(const Value* actions) {
  for (const Value* action : js::normalize_array(actions)) {
    const std::string lowered = js::to_lower(js::string_receiver(action, "toLowerCase"));
    if (lowered != "s3:getobject" && lowered != "s3:putobject") return false;
  }
  return true;
}

// isMatchingCompliantPolicy: the policy is attached to the bucket, allows no wildcard
// principal, and grants an origin access identity nothing but object reads and writes.
bool restricts_to_oai(const Resource& policy, const Resource& bucket) {
  const Referent target = Referent::of(policy.property("Bucket"));
  // `bucket !== logicalId && bucket !== bucketName`: undefined equals undefined, so a
  // policy naming no bucket counts as attached to a bucket with no name.
  if (!target.is(bucket.id) && !target.same_as(bucket.property("BucketName"))) return false;
  bool grants_identity = false;
  for (const Value* statement : iam::statements_of(policy.property("PolicyDocument"))) {
    if (!js::strict_equals(js::get(statement, "Effect"), "Allow")) continue;
    const Value* principal = js::get(statement, "Principal");
    if (names_everyone(principal)) return false;
    if (names_origin_access_identity(principal)) {
      if (!only_gets_and_puts(js::get(statement, "Action"))) return false;
      grants_identity = true;
    }
  }
  return grants_identity;
}

}  // namespace

class WebsiteBucketNotRestrictedToOai final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-s3-website-bucket-not-restricted-to-oai",
      .title = "S3 website bucket is not served only through a CloudFront origin access identity",
      .resource_types = {"AWS::S3::Bucket"},
      .what = "An S3 bucket with a WebsiteConfiguration for which no bucket policy of the same stack "
              "(attached by logical id or by its BucketName) allows a CloudFront origin access "
              "identity (an AWS principal mentioning \"CloudFront Origin Access Identity\", or a "
              "CanonicalUser) only s3:GetObject and s3:PutObject while allowing no principal "
              "containing \"*\".",
      .why = "A website bucket is usually made public so browsers can read it. Serving it through "
             "CloudFront with an origin access identity keeps the bucket private, and lets the "
             "distribution add TLS, caching and a web ACL in front of it.",
      .fix_cfn = "SiteBucketPolicy:\n"
                 "  Type: AWS::S3::BucketPolicy\n"
                 "  Properties:\n"
                 "    Bucket: !Ref SiteBucket\n"
                 "    PolicyDocument:\n"
                 "      Statement:\n"
                 "        - Effect: Allow\n"
                 "          Principal: {CanonicalUser: !GetAtt SiteIdentity.S3CanonicalUserId}\n"
                 "          Action: s3:GetObject\n"
                 "          Resource: !Sub '${SiteBucket.Arn}/*'",
      .fix_cdk = "siteBucket.grantRead(new cloudfront.OriginAccessIdentity(this, 'SiteIdentity'))",
      .cdk_nag_quirks = "A bucket policy without Bucket counts as attached to every website "
                        "bucket without a BucketName. Every policy attached to the bucket is read "
                        "even after a match, so an Allow statement without Principal in any of "
                        "them makes the rule unable to decide; Effect \"allow\" in lower case is "
                        "skipped.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& bucket) const override {
    const Value* website = bucket.property("WebsiteConfiguration");
    if (website == nullptr) return Verdict::compliant();
    // cdk-nag looks at every bucket policy of the stack without stopping at a match, so
    // a later policy it cannot read still stops the rule.
    bool restricted = false;
    for (const Resource* policy : same_stack(bucket, {"AWS::S3::BucketPolicy"}))
      if (restricts_to_oai(*policy, bucket)) restricted = true;
    if (!restricted)
      return Verdict::violation(website,
                                "no bucket policy of the stack limits the website bucket to an origin access identity");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(WebsiteBucketNotRestrictedToOai)

}  // namespace infralint::rules::aws::s3
