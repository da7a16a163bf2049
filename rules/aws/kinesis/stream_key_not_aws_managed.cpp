// AwsSolutions-KDS3 (cdk-nag KinesisDataStreamDefaultKeyWhenSSE): an encrypted Kinesis
// data stream should use the AWS managed key unless a customer key is required.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::kinesis {

using model::Resource;
using model::Value;

class StreamKeyNotAwsManaged final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-kinesis-stream-key-not-aws-managed",
      .title = "Kinesis data stream is encrypted with a key other than aws/kinesis",
      .resource_types = {"AWS::Kinesis::Stream"},
      .what = "A Kinesis data stream with StreamEncryption whose KeyId is not the literal string "
              "alias/aws/kinesis: a customer managed key, a key ARN, or an intrinsic function "
              "(including the Fn::If that CDK writes for regions without stream encryption). "
              "Streams without StreamEncryption pass.",
      .why = "A customer managed key costs a monthly fee plus a charge per request that grows with "
             "the number of producers and consumers. Use one when compliance requires control over "
             "the key; otherwise the AWS managed key gives the same encryption at no extra cost.",
      .fix_cfn = "StreamEncryption:\n  EncryptionType: KMS\n  KeyId: alias/aws/kinesis",
      .fix_cdk = "new kinesis.Stream(this, 'Events', { encryption: kinesis.StreamEncryption.MANAGED })",
      .cdk_nag_quirks = "Only the literal alias/aws/kinesis passes: the Fn::If that CDK writes by "
                        "default for stream encryption fails, and so does the full ARN of the "
                        "aws/kinesis alias.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& stream) const override {
    const Value* encryption = stream.property("StreamEncryption");
    if (encryption == nullptr) return Verdict::compliant();
    // A null StreamEncryption is not undefined: reading its KeyId stops the rule.
    const Value* key = js::get(encryption, "KeyId");
    if (!js::strict_equals(key, "alias/aws/kinesis"))
      return Verdict::violation(key ? key : encryption, "the stream is encrypted with a key other than the AWS managed aws/kinesis");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(StreamKeyNotAwsManaged)

}  // namespace infralint::rules::aws::kinesis
