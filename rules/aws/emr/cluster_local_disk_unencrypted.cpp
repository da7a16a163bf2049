// AwsSolutions-EMR4 (cdk-nag EMRLocalDiskEncryption): an EMR cluster should use a
// security configuration that encrypts its instances' local disks.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/emr/security_configuration.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::emr {

using model::Resource;
using model::Value;

namespace {

// EnableAtRestEncryption must be the boolean true and a key provider type be present
// (any value, even null, as cdk-nag tests it with !== undefined).
bool encrypts_local_disks(const Value* document) {
  const Value* enabled = js::get_optional(document, "EnableAtRestEncryption");
  const Value* local_disk =
      js::get_optional(js::get_optional(document, "AtRestEncryptionConfiguration"), "LocalDiskEncryptionConfiguration");
  return js::is_true(enabled) && js::get_optional(local_disk, "EncryptionKeyProviderType") != nullptr;
}

}  // namespace

class ClusterLocalDiskUnencrypted final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-emr-cluster-local-disk-unencrypted",
      .title = "EMR cluster does not encrypt its local disks",
      .resource_types = {"AWS::EMR::Cluster"},
      .what = "An EMR cluster without a SecurityConfiguration, or whose security configuration is "
              "not an AWS::EMR::SecurityConfiguration of the same stack (matched by logical id "
              "through Ref or Fn::GetAtt, or by its literal Name) with EnableAtRestEncryption: true "
              "and an AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration."
              "EncryptionKeyProviderType.",
      .why = "Instance store and EBS volumes of the cluster hold shuffle data, spills and HDFS "
             "blocks; unencrypted, they expose intermediate results to anyone who gets at the "
             "volumes or their snapshots.",
      .fix_cfn = "SecurityConfiguration: !Ref EmrSecurity\n"
                 "# with EmrSecurity (AWS::EMR::SecurityConfiguration) SecurityConfiguration:\n"
                 "#   EnableAtRestEncryption: true\n"
                 "#   AtRestEncryptionConfiguration:\n"
                 "#     LocalDiskEncryptionConfiguration:\n"
                 "#       EncryptionKeyProviderType: AwsKms\n"
                 "#       AwsKmsKey: !GetAtt [EmrKey, Arn]",
      .fix_cdk = "new emr.CfnSecurityConfiguration(this, 'EmrSecurity', { securityConfiguration: { "
                 "EnableAtRestEncryption: true, AtRestEncryptionConfiguration: { "
                 "LocalDiskEncryptionConfiguration: { EncryptionKeyProviderType: 'AwsKms', AwsKmsKey: "
                 "key.keyArn } } } }); then securityConfiguration: emrSecurity.ref on the cluster",
      .cdk_nag_quirks = "EncryptionKeyProviderType only has to be present: null or \"\" passes. "
                        "EnableAtRestEncryption must be the boolean true, so an intrinsic there "
                        "fails, and a security configuration whose Name is an intrinsic is never "
                        "matched by name.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    return judge_security_configuration(cluster, encrypts_local_disks, "encrypt local disks");
  }
};

INFRALINT_RULE_INSTANCE(ClusterLocalDiskUnencrypted)

}  // namespace infralint::rules::aws::emr
