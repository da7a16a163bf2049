// AwsSolutions-KDS1 (cdk-nag KinesisDataStreamSSE): a Kinesis data stream should be
// encrypted at rest.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::kinesis {

using model::Resource;
using model::Value;

class StreamUnencrypted final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-kinesis-stream-unencrypted",
      .title = "Kinesis data stream has no server-side encryption",
      .resource_types = {"AWS::Kinesis::Stream"},
      .what = "A Kinesis data stream without StreamEncryption (or with it null). Its contents are "
              "not examined, and an Fn::If that may yield AWS::NoValue counts as set.",
      .why = "Records stay in a stream for a day or more; server-side encryption keeps them "
             "unreadable to anyone without permission to use the key.",
      .fix_cfn = "StreamEncryption:\n  EncryptionType: KMS\n  KeyId: alias/aws/kinesis",
      .fix_cdk = "new kinesis.Stream(this, 'Events', { encryption: kinesis.StreamEncryption.MANAGED })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& stream) const override {
    const Value* encryption = stream.property("StreamEncryption");
    if (js::is_nullish(encryption)) return Verdict::violation(encryption, "the stream does not encrypt its records");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(StreamUnencrypted)

}  // namespace infralint::rules::aws::kinesis
