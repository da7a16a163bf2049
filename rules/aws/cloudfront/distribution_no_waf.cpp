// AwsSolutions-CFR2 (cdk-nag CloudFrontDistributionWAFIntegration): a web distribution
// should sit behind an AWS WAF web ACL.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::cloudfront {

using model::Resource;
using model::Value;

class DistributionNoWaf final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-cloudfront-distribution-no-waf",
      .title = "CloudFront distribution has no AWS WAF web ACL",
      .resource_types = {"AWS::CloudFront::Distribution"},
      .what = "A CloudFront distribution whose DistributionConfig has no WebACLId (absent or null).",
      .why = "A web ACL at the edge filters common exploits, bad bots and request floods before "
             "they reach the origin; without one every request CloudFront accepts is passed on.",
      .fix_cfn = "DistributionConfig:\n"
                 "  WebACLId: !GetAtt EdgeWebAcl.Arn",
      .fix_cdk = "new cloudfront.Distribution(this, 'Cdn', { webAclId: edgeWebAcl.attrArn, ... })",
      .cdk_nag_quirks = "Any WebACLId present passes, even a Ref to AWS::NoValue or an Fn::If "
                        "that may leave it out.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& distribution) const override {
    const Value* web_acl = js::get(distribution.property("DistributionConfig"), "WebACLId");
    if (js::is_nullish(web_acl)) return Verdict::violation(web_acl, "the distribution is associated with no web ACL");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DistributionNoWaf)

}  // namespace infralint::rules::aws::cloudfront
