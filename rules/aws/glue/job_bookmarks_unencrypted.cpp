// AwsSolutions-GL3 (cdk-nag GlueJobBookmarkEncrypted): Glue jobs should use a security
// configuration that encrypts their job bookmarks.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/glue/security_configuration.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::glue {

using model::Resource;
using model::Value;

namespace {

// JobBookmarksEncryption.JobBookmarksEncryptionMode must be exactly "CSE-KMS". A
// configuration without EncryptionConfiguration, or with a null
// JobBookmarksEncryption, stops the rule as it stops cdk-nag.
bool encrypts_bookmarks(const Resource& configuration) {
  const Value* bookmarks = js::get(configuration.property("EncryptionConfiguration"), "JobBookmarksEncryption");
  if (bookmarks == nullptr) return false;
  const Value* mode =
      resolve_if_primitive(js::get(bookmarks, "JobBookmarksEncryptionMode"), "JobBookmarksEncryptionMode");
  return js::strict_equals(mode, "CSE-KMS");
}

}  // namespace

class JobBookmarksUnencrypted final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-glue-job-bookmarks-unencrypted",
      .title = "Glue job does not encrypt its job bookmarks",
      .resource_types = {"AWS::Glue::Job"},
      .what = "A Glue job without SecurityConfiguration, or whose security configuration is not an "
              "AWS::Glue::SecurityConfiguration of the same stack (matched by logical id through Ref "
              "or Fn::GetAtt, or by its literal Name) with "
              "EncryptionConfiguration.JobBookmarksEncryption.JobBookmarksEncryptionMode: CSE-KMS.",
      .why = "Job bookmarks record which data a job has already processed, including object keys "
             "and partition values; encrypting them keeps that map of the data lake from being read "
             "by anyone with access to the bookmark store.",
      .fix_cfn = "SecurityConfiguration: !Ref GlueSecurity\n"
                 "# with GlueSecurity (AWS::Glue::SecurityConfiguration):\n"
                 "#   EncryptionConfiguration:\n"
                 "#     JobBookmarksEncryption:\n"
                 "#       JobBookmarksEncryptionMode: CSE-KMS\n"
                 "#       KmsKeyArn: !GetAtt [GlueKey, Arn]",
      .fix_cdk = "new glue.CfnSecurityConfiguration(this, 'GlueSecurity', { name: 'glue-security', "
                 "encryptionConfiguration: { jobBookmarksEncryption: { jobBookmarksEncryptionMode: "
                 "'CSE-KMS', kmsKeyArn: key.keyArn } } }); then securityConfiguration: "
                 "glueSecurity.ref on the job",
      .cdk_nag_quirks = "A security configuration that is matched but has no "
                        "EncryptionConfiguration cannot be judged. The mode is compared exactly "
                        "with CSE-KMS, so cse-kms fails.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& job) const override {
    return judge_security_configuration(job, job.property("SecurityConfiguration"), encrypts_bookmarks,
                                        "encrypt job bookmarks with KMS");
  }
};

INFRALINT_RULE_INSTANCE(JobBookmarksUnencrypted)

}  // namespace infralint::rules::aws::glue
