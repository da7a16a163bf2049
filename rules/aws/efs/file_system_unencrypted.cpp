// AwsSolutions-EFS1 (cdk-nag EFSEncrypted): EFS file systems should be encrypted at rest.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::efs {

using model::Resource;
using model::Value;

class FileSystemUnencrypted final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-efs-file-system-unencrypted",
      .title = "EFS file system is not encrypted at rest",
      .resource_types = {"AWS::EFS::FileSystem"},
      .what = "An EFS file system whose Encrypted is the boolean false. An absent Encrypted passes, "
              "as in cdk-nag, although CloudFormation then creates an unencrypted file system; so "
              "does the string \"false\".",
      .why = "Files on an unencrypted file system are readable from the underlying storage and its "
             "backups. Encryption at rest with KMS ties access to key permissions and leaves a trail "
             "of every use of the key.",
      .fix_cfn = "Encrypted: true\n"
                 "KmsKeyId: !Ref FileSystemKey",
      .fix_cdk = "new efs.FileSystem(this, 'Share', { vpc, encrypted: true, kmsKey })",
      .cdk_nag_quirks = "Only the boolean false fails. A file system without Encrypted passes, "
                        "although CloudFormation then creates it unencrypted, and so does the "
                        "string \"false\".",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& file_system) const override {
    const Value* encrypted = resolve_if_primitive(file_system.property("Encrypted"), "Encrypted");
    if (js::is_false(encrypted)) return Verdict::violation(encrypted, "the file system turns encryption off");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(FileSystemUnencrypted)

}  // namespace infralint::rules::aws::efs
