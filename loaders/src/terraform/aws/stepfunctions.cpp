// Step Functions: aws_sfn_state_machine as AWS::StepFunctions::StateMachine, its
// logging_configuration and tracing_configuration blocks reshaped into CloudFormation's.
#include "terraform/adapter.hpp"
#include "terraform/aws/blocks.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// level left out is the service's OFF and stays out (SF1 fails both alike). The one
// log_destination becomes the one Destinations entry. Unknown as a whole: Level unknown.
Value logging(const AdapterContext& ctx) {
  static constexpr std::string_view kName = "logging_configuration";
  if (const Value* unknown = unknown_block(&ctx.values(), kName)) return unknown_fields({"Level"}, unknown->location());
  const Value* block = first_block(&ctx.values(), kName);
  if (block == nullptr) return Value();
  ObjectBuilder out;
  out.copy("Level", attribute(block, "level")).copy("IncludeExecutionData", attribute(block, "include_execution_data"));
  if (const Value* destination = attribute(block, "log_destination")) {
    Value group = ObjectBuilder().copy("LogGroupArn", destination).build(destination->location());
    Value entry = ObjectBuilder().set("CloudWatchLogsLogGroup", std::move(group)).build(destination->location());
    out.set("Destinations", Value::array({std::move(entry)}, destination->location()));
  }
  return out.build(block->location());
}

}  // namespace

std::optional<Adapted> adapt_sfn_state_machine(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("StateMachineName", ctx.attribute("name"))
      .copy("StateMachineType", ctx.attribute("type"))
      .copy("RoleArn", ctx.attribute("role_arn"))
      .copy("DefinitionString", ctx.attribute("definition"));
  p.set("LoggingConfiguration", logging(ctx));
  // enabled left out is the provider's default, false; SF2 fails an absent Enabled alike.
  p.set("TracingConfiguration", map_block(&ctx.values(), "tracing_configuration", {{"Enabled", "enabled"}}, {"Enabled"}));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::StepFunctions::StateMachine", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
