// Managed Service for Apache Flink: aws_kinesisanalyticsv2_application as
// AWS::KinesisAnalyticsV2::Application, with the checkpoint configuration nested as
// CloudFormation nests it (ApplicationConfiguration.FlinkApplicationConfiguration).
#include "terraform/adapter.hpp"
#include "terraform/aws/block_fields.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

Value checkpoint_configuration(const Value* flink) {
  const Value* block = is_unknown(*flink) ? flink : single_block(flink, "checkpoint_configuration");
  if (block == nullptr) return Value();
  return ObjectBuilder()
      .copy("ConfigurationType", field(block, "configuration_type"))
      .copy("CheckpointingEnabled", field(block, "checkpointing_enabled"))
      .copy("CheckpointInterval", field(block, "checkpoint_interval"))
      .copy("MinPauseBetweenCheckpoints", field(block, "min_pause_between_checkpoints"))
      .build(block->location());
}

Value application_configuration(const AdapterContext& ctx) {
  const Value* configuration = single_block(&ctx.values(), "application_configuration");
  if (configuration == nullptr) return Value();
  ObjectBuilder out;
  const Value* flink =
      is_unknown(*configuration) ? configuration : single_block(configuration, "flink_application_configuration");
  if (flink != nullptr) {
    out.set("FlinkApplicationConfiguration",
            ObjectBuilder().set("CheckpointConfiguration", checkpoint_configuration(flink)).build(flink->location()));
  }
  return out.build(configuration->location());
}

}  // namespace

// The rule takes a RuntimeEnvironment given by an intrinsic for "not Flink" and passes
// it, and cannot judge one that is missing. An unknown runtime_environment (the
// provider requires one) is therefore left out, so the rule answers unresolved
// rather than compliant.
std::optional<Adapted> adapt_kinesisanalyticsv2_application(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("ApplicationName", ctx.attribute("name"))
      .copy("ApplicationDescription", unless_empty(ctx.attribute("description")))
      .copy("ServiceExecutionRole", ctx.attribute("service_execution_role"));
  const Value* runtime = ctx.attribute("runtime_environment");
  if (runtime != nullptr && !is_unknown(*runtime)) p.copy("RuntimeEnvironment", runtime);
  p.set("ApplicationConfiguration", application_configuration(ctx));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::KinesisAnalyticsV2::Application", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
