// AwsSolutions-KDF1 (cdk-nag KinesisDataFirehoseSSE): a Firehose delivery stream should
// encrypt the data it buffers.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::kinesisfirehose {

using model::Resource;
using model::Value;

class DeliveryStreamUnencrypted final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-kinesisfirehose-delivery-stream-unencrypted",
      .title = "Firehose delivery stream has no server-side encryption",
      .resource_types = {"AWS::KinesisFirehose::DeliveryStream"},
      .what = "A Kinesis Data Firehose delivery stream without "
              "DeliveryStreamEncryptionConfigurationInput (or with it null). Its contents are not "
              "examined. Delivery streams reading from a Kinesis data stream cannot take this "
              "property and rely on the source stream's encryption instead.",
      .why = "Firehose holds records for minutes before delivering them; server-side encryption "
             "keeps that buffered data unreadable without access to the key.",
      .fix_cfn = "DeliveryStreamEncryptionConfigurationInput:\n  KeyType: AWS_OWNED_CMK",
      .fix_cdk = "new firehose.CfnDeliveryStream(this, 'Delivery', { "
                 "deliveryStreamEncryptionConfigurationInput: { keyType: 'AWS_OWNED_CMK' }, ... })",
      .cdk_nag_quirks = "Delivery streams whose source is a Kinesis data stream fail too, "
                        "although they cannot take DeliveryStreamEncryptionConfigurationInput at "
                        "all.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& stream) const override {
    const Value* encryption = stream.property("DeliveryStreamEncryptionConfigurationInput");
    if (js::is_nullish(encryption)) return Verdict::violation(encryption, "the delivery stream does not encrypt its data");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DeliveryStreamUnencrypted)

}  // namespace infralint::rules::aws::kinesisfirehose
