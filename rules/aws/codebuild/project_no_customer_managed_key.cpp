// AwsSolutions-CB4 (cdk-nag CodeBuildProjectKMSEncryptedArtifacts): a CodeBuild
// project must encrypt its build output with a KMS key of its own.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::codebuild {

using model::Resource;
using model::Value;

class ProjectNoCustomerManagedKey final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-codebuild-project-no-customer-managed-key",
      .title = "CodeBuild project does not encrypt with a customer managed key",
      .resource_types = {"AWS::CodeBuild::Project"},
      .what = "A CodeBuild project without an EncryptionKey, or whose EncryptionKey is the AWS managed "
              "S3 key \"alias/aws/s3\".",
      .why = "With a key of your own, who may decrypt build artifacts is decided by its key policy and "
             "every use is logged; the AWS managed key is usable by anyone the S3 bucket lets in.",
      .fix_cfn = "EncryptionKey: !GetAtt [BuildKey, Arn]",
      .fix_cdk = "new codebuild.Project(this, 'Build', { encryptionKey: buildKey, ... })",
      .cdk_nag_quirks = "Only an absent EncryptionKey fails; a null one passes. The AWS managed "
                        "key is recognised only as the exact text \"alias/aws/s3\": a full ARN "
                        "ending in alias/aws/s3 passes, and so does an Fn::If that may pick it.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& project) const override {
    // `=== undefined`: only an absent key fails; a null one passes, as in cdk-nag.
    const Value* key = project.property("EncryptionKey");
    if (key == nullptr) return Verdict::violation(nullptr, "the project does not name a KMS key");
    if (js::strict_equals(key, "alias/aws/s3"))
      return Verdict::violation(key, "the project encrypts with the AWS managed S3 key");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ProjectNoCustomerManagedKey)

}  // namespace infralint::rules::aws::codebuild
