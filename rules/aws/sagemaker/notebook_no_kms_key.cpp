// AwsSolutions-SM2 (cdk-nag SageMakerNotebookInstanceKMSKeyConfigured): a SageMaker
// notebook instance must encrypt its storage with a KMS key of its own.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::sagemaker {

using model::Resource;
using model::Value;

class NotebookNoKmsKey final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-sagemaker-notebook-no-kms-key",
      .title = "SageMaker notebook instance storage is not encrypted with a KMS key",
      .resource_types = {"AWS::SageMaker::NotebookInstance"},
      .what = "A SageMaker notebook instance without a KmsKeyId.",
      .why = "The notebook's ML storage volume holds data sets, credentials and results; with a key "
             "of your own, access to them follows its key policy and every decryption is logged.",
      .fix_cfn = "KmsKeyId: !Ref NotebookKey",
      .fix_cdk = "new sagemaker.CfnNotebookInstance(this, 'Notebook', { kmsKeyId: key.keyId, ... })",
      .cdk_nag_quirks = "Any intrinsic counts as a KmsKeyId, even a Ref to AWS::NoValue, which "
                        "removes the property.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& notebook) const override {
    const Value* key = notebook.property("KmsKeyId");
    if (js::is_nullish(key)) return Verdict::violation(key, "the notebook instance names no KMS key");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(NotebookNoKmsKey)

}  // namespace infralint::rules::aws::sagemaker
