// Lambda: aws_lambda_function as AWS::Lambda::Function.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// A nested block copied member by member: {tf name -> CloudFormation name}.
struct Field {
  std::string_view cfn;
  std::string_view tf;
};

Value block_of(const AdapterContext& ctx, std::string_view name, std::initializer_list<Field> fields) {
  const Value* block = first_block(&ctx.values(), name);
  if (block == nullptr) return Value();
  if (is_unknown(*block)) return *block;
  ObjectBuilder out;
  for (const Field& f : fields) out.copy(std::string(f.cfn), attribute(block, f.tf));
  return out.build(block->location());
}

}  // namespace

std::optional<Adapted> adapt_lambda_function(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("FunctionName", ctx.attribute("function_name"))
      .copy("Runtime", ctx.attribute("runtime"))
      .copy("Handler", ctx.attribute("handler"))
      .copy("Role", ctx.attribute("role"))
      .copy("MemorySize", ctx.attribute("memory_size"))
      .copy("Timeout", ctx.attribute("timeout"))
      .copy("KmsKeyArn", ctx.attribute("kms_key_arn"))
      .copy("Layers", ctx.attribute("layers"))
      .copy("Architectures", ctx.attribute("architectures"))
      .copy("PackageType", ctx.attribute("package_type"))
      .set("DeadLetterConfig", block_of(ctx, "dead_letter_config", {{"TargetArn", "target_arn"}}))
      .set("TracingConfig", block_of(ctx, "tracing_config", {{"Mode", "mode"}}))
      .set("VpcConfig", block_of(ctx, "vpc_config", {{"SubnetIds", "subnet_ids"}, {"SecurityGroupIds", "security_group_ids"}}))
      .set("Environment", block_of(ctx, "environment", {{"Variables", "variables"}}));
  // -1, the provider's default, means "no reservation": CloudFormation leaves it out.
  if (const Value* reserved = ctx.attribute("reserved_concurrent_executions");
      reserved != nullptr && !(reserved->is_number() && reserved->as_string() == "-1"))
    p.copy("ReservedConcurrentExecutions", reserved);
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::Lambda::Function", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
