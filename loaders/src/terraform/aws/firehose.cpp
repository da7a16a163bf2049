// Kinesis Data Firehose: aws_kinesis_firehose_delivery_stream as
// AWS::KinesisFirehose::DeliveryStream. Its server_side_encryption block becomes
// DeliveryStreamEncryptionConfigurationInput, which CloudFormation has only for an
// encrypted stream.
#include "terraform/adapter.hpp"
#include "terraform/aws/blocks.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// `enabled` defaults to false (provider docs), so a block without it, or no block,
// is no encryption; `key_type` defaults to AWS_OWNED_CMK. An unknown `enabled` (or
// block) is passed on as the property's value: KDF1 only asks whether the property is
// there, as it does of an intrinsic in CloudFormation.
Value encryption_input(const AdapterContext& ctx) {
  if (const Value* unknown = unknown_block(&ctx.values(), "server_side_encryption")) return *unknown;
  const Value* block = first_block(&ctx.values(), "server_side_encryption");
  const Value* enabled = attribute(block, "enabled");
  if (enabled == nullptr || (enabled->is_bool() && !enabled->as_bool())) return Value();
  if (!enabled->is_bool()) return *enabled;
  ObjectBuilder out;
  if (const Value* key_type = attribute(block, "key_type")) {
    out.copy("KeyType", key_type);
  } else {
    out.set("KeyType", provider_default(Value::string("AWS_OWNED_CMK"), ctx));
  }
  out.copy("KeyARN", attribute(block, "key_arn"));
  return out.build(block->location());
}

}  // namespace

std::optional<Adapted> adapt_kinesis_firehose_delivery_stream(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("DeliveryStreamName", ctx.attribute("name"));
  if (const Value* source = first_block(&ctx.values(), "kinesis_source_configuration")) {
    p.set("DeliveryStreamType", Value::string("KinesisStreamAsSource", source->location()));
    ObjectBuilder s;
    s.copy("KinesisStreamARN", attribute(source, "kinesis_stream_arn")).copy("RoleARN", attribute(source, "role_arn"));
    p.set("KinesisStreamSourceConfiguration", s.build(source->location()));
  }
  p.set("DeliveryStreamEncryptionConfigurationInput", encryption_input(ctx));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::KinesisFirehose::DeliveryStream", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
