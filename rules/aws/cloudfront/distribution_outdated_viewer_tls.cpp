// AwsSolutions-CFR4 (cdk-nag CloudFrontDistributionHttpsViewerNoOutdatedSSL): viewers
// should reach a web distribution over SNI with a current minimum TLS version.
#include <array>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::cloudfront {

using model::Resource;
using model::Value;

class DistributionOutdatedViewerTls final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-cloudfront-distribution-outdated-viewer-tls",
      .title = "CloudFront distribution accepts viewers on outdated TLS or without its own certificate",
      .resource_types = {"AWS::CloudFront::Distribution"},
      .what = "A CloudFront distribution without a ViewerCertificate, or whose ViewerCertificate uses "
              "the default CloudFront certificate (CloudFrontDefaultCertificate true), has no "
              "SslSupportMethod or uses \"vip\", has no MinimumProtocolVersion, or allows SSLv3, "
              "TLSv1 or TLSv1_2016 (compared without regard to case).",
      .why = "SSLv3 and TLS 1.0 have known weaknesses that let traffic be downgraded or decrypted. The "
             "default *.cloudfront.net certificate cannot be given a minimum protocol version, so "
             "CloudFront keeps accepting TLS 1.0 with it.",
      .fix_cfn = "DistributionConfig:\n"
                 "  ViewerCertificate:\n"
                 "    AcmCertificateArn: !Ref CdnCertificate\n"
                 "    SslSupportMethod: sni-only\n"
                 "    MinimumProtocolVersion: TLSv1.2_2021",
      .fix_cdk = "new cloudfront.Distribution(this, 'Cdn', { certificate, domainNames: ['cdn.example.com'], "
                 "minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021, ... })",
      .cdk_nag_quirks = "Only the boolean true counts as using the default CloudFront "
                        "certificate; the string \"true\" does not.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& distribution) const override {
    const Value* certificate = js::get(distribution.property("DistributionConfig"), "ViewerCertificate");
    if (certificate == nullptr) return Verdict::violation(nullptr, "the distribution sets no viewer certificate");
    const Value* minimum = js::get(certificate, "MinimumProtocolVersion");
    const Value* support = js::get(certificate, "SslSupportMethod");
    const Value* default_certificate = js::get(certificate, "CloudFrontDefaultCertificate");
    // cdk-nag tests these in this order; a non-string met on the way stops the rule.
    if (js::is_true(default_certificate))
      return Verdict::violation(default_certificate, "the distribution uses the default CloudFront certificate");
    if (support == nullptr) return Verdict::violation(certificate, "the viewer certificate sets no SSL support method");
    if (js::to_lower(js::string_receiver(support, "toLowerCase")) == "vip")
      return Verdict::violation(support, "the viewer certificate is served from dedicated IP addresses (vip)");
    if (minimum == nullptr)
      return Verdict::violation(certificate, "the viewer certificate sets no minimum protocol version");
    static constexpr std::array<std::string_view, 3> kOutdated = {"sslv3", "tlsv1", "tlsv1_2016"};
    const std::string lowered = js::to_lower(js::string_receiver(minimum, "toLowerCase"));
    for (std::string_view outdated : kOutdated)
      if (lowered == outdated) return Verdict::violation(minimum, "the minimum protocol version for viewers is outdated");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DistributionOutdatedViewerTls)

}  // namespace infralint::rules::aws::cloudfront
