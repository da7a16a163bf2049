// MSK: aws_msk_cluster as AWS::MSK::Cluster, with encryption_info and logging_info
// reshaped into EncryptionInfo and LoggingInfo.
#include "terraform/adapter.hpp"
#include "terraform/aws/blocks.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// Client-broker and in-cluster TLS. Left out, both stay out: the provider's defaults
// (TLS, true) are what MSK2/MSK3 assume for absent values. A block unknown as a whole
// makes both settings unknown, so the rules cannot pass it by accident.
Value encryption_info(const AdapterContext& ctx) {
  if (const Value* unknown = unknown_block(&ctx.values(), "encryption_info"))
    return ObjectBuilder()
        .set("EncryptionInTransit", unknown_fields({"ClientBroker", "InCluster"}, unknown->location()))
        .build(unknown->location());
  const Value* info = first_block(&ctx.values(), "encryption_info");
  if (info == nullptr) return Value();
  ObjectBuilder out;
  if (const Value* key = attribute(info, "encryption_at_rest_kms_key_arn"))
    out.set("EncryptionAtRest", ObjectBuilder().copy("DataVolumeKMSKeyId", key).build(key->location()));
  out.set("EncryptionInTransit", map_block(info, "encryption_in_transit",
                                           {{"ClientBroker", "client_broker"}, {"InCluster", "in_cluster"}},
                                           {"ClientBroker", "InCluster"}));
  return out.build(info->location());
}

// One broker log destination; unknown as a whole, its Enabled is unknown.
Value destination(const Value* broker_logs, std::string_view name, std::initializer_list<Field> fields) {
  return map_block(broker_logs, name, fields, {"Enabled"});
}

// logging_info.broker_logs with its three destinations. An unknown logging_info or
// broker_logs is passed on as LoggingInfo: MSK6 cannot read BrokerLogs out of it and
// answers unresolved.
Value logging_info(const AdapterContext& ctx) {
  if (const Value* unknown = unknown_block(&ctx.values(), "logging_info")) return *unknown;
  const Value* info = first_block(&ctx.values(), "logging_info");
  if (info == nullptr) return Value();
  if (const Value* unknown = unknown_block(info, "broker_logs")) return *unknown;
  const Value* logs = first_block(info, "broker_logs");
  ObjectBuilder out;
  if (logs != nullptr) {
    ObjectBuilder b;
    b.set("CloudWatchLogs", destination(logs, "cloudwatch_logs", {{"Enabled", "enabled"}, {"LogGroup", "log_group"}}));
    b.set("Firehose", destination(logs, "firehose", {{"Enabled", "enabled"}, {"DeliveryStream", "delivery_stream"}}));
    b.set("S3", destination(logs, "s3", {{"Enabled", "enabled"}, {"Bucket", "bucket"}, {"Prefix", "prefix"}}));
    out.set("BrokerLogs", b.build(logs->location()));
  }
  return out.build(info->location());
}

}  // namespace

std::optional<Adapted> adapt_msk_cluster(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("ClusterName", ctx.attribute("cluster_name"))
      .copy("KafkaVersion", ctx.attribute("kafka_version"))
      .copy("NumberOfBrokerNodes", ctx.attribute("number_of_broker_nodes"));
  p.set("EncryptionInfo", encryption_info(ctx));
  p.set("LoggingInfo", logging_info(ctx));
  p.set("Tags", ctx.attribute("tags") ? *ctx.attribute("tags") : Value());  // a map, as in CloudFormation
  return Adapted{"AWS::MSK::Cluster", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
