// CodeBuild: aws_codebuild_project as AWS::CodeBuild::Project.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

Value environment(const Value* block) {
  if (block == nullptr) return Value();
  if (is_unknown(*block)) return *block;
  ObjectBuilder out;
  out.copy("Type", attribute(block, "type"))
      .copy("Image", attribute(block, "image"))
      .copy("ComputeType", attribute(block, "compute_type"))
      .copy("PrivilegedMode", attribute(block, "privileged_mode"))
      .copy("ImagePullCredentialsType", attribute(block, "image_pull_credentials_type"))
      .copy("Certificate", attribute(block, "certificate"));
  Value::Array variables;
  for (const Value* v : blocks(block, "environment_variable"))
    variables.push_back(ObjectBuilder()
                            .copy("Name", attribute(v, "name"))
                            .copy("Value", attribute(v, "value"))
                            .copy("Type", attribute(v, "type"))
                            .build(v->location()));
  if (!variables.empty()) out.set("EnvironmentVariables", Value::array(std::move(variables), block->location()));
  return out.build(block->location());
}

Value source(const Value* block) {
  if (block == nullptr) return Value();
  if (is_unknown(*block)) return *block;
  return ObjectBuilder()
      .copy("Type", attribute(block, "type"))
      .copy("Location", attribute(block, "location"))
      .copy("BuildSpec", attribute(block, "buildspec"))
      .build(block->location());
}

}  // namespace

std::optional<Adapted> adapt_codebuild_project(const AdapterContext& ctx) {
  ObjectBuilder p;
  // encryption_key left out: CodeBuild uses the AWS managed S3 key; a plan shows it as
  // computed (left out), a state as that key's ARN.
  p.copy("Name", ctx.attribute("name"))
      .copy("Description", ctx.attribute("description"))
      .copy("ServiceRole", ctx.attribute("service_role"))
      .copy("EncryptionKey", ctx.attribute("encryption_key"))
      .copy("TimeoutInMinutes", ctx.attribute("build_timeout"))
      .copy("QueuedTimeoutInMinutes", ctx.attribute("queued_timeout"))
      .set("Environment", environment(first_block(&ctx.values(), "environment")))
      .set("Source", source(first_block(&ctx.values(), "source")))
      .set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::CodeBuild::Project", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
