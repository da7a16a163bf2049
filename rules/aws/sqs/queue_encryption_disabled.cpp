// AwsSolutions-SQS2 (cdk-nag SQSQueueSSE): a queue must not switch server-side
// encryption off.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::sqs {

using model::Resource;
using model::Value;

class QueueEncryptionDisabled final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-sqs-queue-encryption-disabled",
      .title = "SQS queue has server-side encryption turned off",
      .resource_types = {"AWS::SQS::Queue"},
      .what = "An SQS queue without a KmsMasterKeyId whose SqsManagedSseEnabled is the boolean false. "
              "A queue that sets neither is encrypted with SQS-managed keys by default and passes.",
      .why = "Messages then rest unencrypted on AWS storage; encryption at rest keeps their contents "
             "out of reach of anyone who gets at the underlying storage.",
      .fix_cfn = "SqsManagedSseEnabled: true    # or KmsMasterKeyId: !Ref QueueKey",
      .fix_cdk = "new sqs.Queue(this, 'Orders', { encryption: sqs.QueueEncryption.SQS_MANAGED })",
      .cdk_nag_quirks = "Only the boolean false fails, and only when no KmsMasterKeyId is set; "
                        "the string \"false\" passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& queue) const override {
    // Strict comparisons: a null key id is not `undefined`, and "false" is not `false`.
    const Value* managed = queue.property("SqsManagedSseEnabled");
    if (queue.property("KmsMasterKeyId") == nullptr && js::is_false(managed))
      return Verdict::violation(managed, "the queue turns server-side encryption off");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(QueueEncryptionDisabled)

}  // namespace infralint::rules::aws::sqs
