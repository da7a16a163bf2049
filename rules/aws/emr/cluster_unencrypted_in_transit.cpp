// AwsSolutions-EMR5 (cdk-nag EMREncryptionInTransit): an EMR cluster should use a
// security configuration that encrypts traffic between its nodes.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/emr/security_configuration.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::emr {

using model::Resource;
using model::Value;

namespace {

// EnableInTransitEncryption must be the boolean true and a certificate provider type
// be present (any value, even null, as cdk-nag tests it with !== undefined).
bool encrypts_in_transit(const Value* document) {
  const Value* enabled = js::get_optional(document, "EnableInTransitEncryption");
  const Value* certificates =
      js::get_optional(js::get_optional(document, "InTransitEncryptionConfiguration"), "TLSCertificateConfiguration");
  return js::is_true(enabled) && js::get_optional(certificates, "CertificateProviderType") != nullptr;
}

}  // namespace

class ClusterUnencryptedInTransit final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-emr-cluster-unencrypted-in-transit",
      .title = "EMR cluster does not encrypt data in transit",
      .resource_types = {"AWS::EMR::Cluster"},
      .what = "An EMR cluster without a SecurityConfiguration, or whose security configuration is "
              "not an AWS::EMR::SecurityConfiguration of the same stack (matched by logical id "
              "through Ref or Fn::GetAtt, or by its literal Name) with EnableInTransitEncryption: "
              "true and an InTransitEncryptionConfiguration.TLSCertificateConfiguration."
              "CertificateProviderType.",
      .why = "Without in-transit encryption, data moving between the cluster's nodes and to S3 "
             "travels in clear text inside the VPC, readable by anything that can observe the "
             "traffic.",
      .fix_cfn = "SecurityConfiguration: !Ref EmrSecurity\n"
                 "# with EmrSecurity (AWS::EMR::SecurityConfiguration) SecurityConfiguration:\n"
                 "#   EnableInTransitEncryption: true\n"
                 "#   InTransitEncryptionConfiguration:\n"
                 "#     TLSCertificateConfiguration:\n"
                 "#       CertificateProviderType: PEM\n"
                 "#       S3Object: s3://certificates/emr.zip",
      .fix_cdk = "new emr.CfnSecurityConfiguration(this, 'EmrSecurity', { securityConfiguration: { "
                 "EnableInTransitEncryption: true, InTransitEncryptionConfiguration: { "
                 "TLSCertificateConfiguration: { CertificateProviderType: 'PEM', S3Object: "
                 "'s3://certificates/emr.zip' } } } }); then securityConfiguration: emrSecurity.ref "
                 "on the cluster",
      .cdk_nag_quirks = "CertificateProviderType only has to be present: null or \"\" passes. "
                        "EnableInTransitEncryption must be the boolean true, so an intrinsic "
                        "there fails, and a security configuration whose Name is an intrinsic is "
                        "never matched by name.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    return judge_security_configuration(cluster, encrypts_in_transit, "encrypt data in transit");
  }
};

INFRALINT_RULE_INSTANCE(ClusterUnencryptedInTransit)

}  // namespace infralint::rules::aws::emr
