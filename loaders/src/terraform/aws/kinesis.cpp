// Kinesis Data Streams: aws_kinesis_stream as AWS::Kinesis::Stream. Terraform spells
// encryption as two flat attributes, CloudFormation as one StreamEncryption object
// that exists only when the stream is encrypted.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// encryption_type is "NONE" (the provider's documented default, also when left out)
// or "KMS"; only KMS makes a StreamEncryption. An unknown type keeps the object, with
// the unknown inside, as CloudFormation would hold an intrinsic.
Value stream_encryption(const AdapterContext& ctx) {
  const Value* type = ctx.attribute("encryption_type");
  if (type == nullptr || (type->is_string() && type->as_string() != "KMS")) return Value();
  ObjectBuilder out;
  out.copy("EncryptionType", type).copy("KeyId", ctx.attribute("kms_key_id"));
  return out.build(type->location());
}

}  // namespace

std::optional<Adapted> adapt_kinesis_stream(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("Name", ctx.attribute("name"))
      .copy("ShardCount", ctx.attribute("shard_count"))
      .copy("RetentionPeriodHours", ctx.attribute("retention_period"));
  p.set("StreamEncryption", stream_encryption(ctx));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::Kinesis::Stream", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
