// EKS: aws_eks_cluster as AWS::EKS::Cluster. The provider's flat
// enabled_cluster_log_types list becomes Logging.ClusterLogging.EnabledTypes
// [{Type}], and the vpc_config block ResourcesVpcConfig.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// ["api", "audit"] -> {ClusterLogging: {EnabledTypes: [{Type: api}, {Type: audit}]}};
// an unknown list (or entry) stays unknown where the rules read it.
Value logging(const Value* types) {
  if (types == nullptr) return Value();
  Value enabled = *types;
  if (types->is_array()) {
    Value::Array out;
    for (const Value& type : types->items()) out.push_back(ObjectBuilder().copy("Type", &type).build(type.location()));
    enabled = Value::array(std::move(out), types->location());
  }
  ObjectBuilder cluster_logging;
  cluster_logging.set("EnabledTypes", std::move(enabled));
  return ObjectBuilder().set("ClusterLogging", cluster_logging.build(types->location())).build(types->location());
}

Value vpc_config(const Value* block) {
  if (block == nullptr) return Value();
  if (is_unknown(*block)) return *block;
  ObjectBuilder out;
  // endpoint_public_access defaults to true, endpoint_private_access to false, in the
  // provider as in EKS: left out, they read as CloudFormation's absent properties.
  out.copy("SubnetIds", attribute(block, "subnet_ids"))
      .copy("SecurityGroupIds", attribute(block, "security_group_ids"))
      .copy("EndpointPublicAccess", attribute(block, "endpoint_public_access"))
      .copy("EndpointPrivateAccess", attribute(block, "endpoint_private_access"))
      .copy("PublicAccessCidrs", attribute(block, "public_access_cidrs"));
  return out.build(block->location());
}

Value encryption_config(const AdapterContext& ctx) {
  if (const Value* list = ctx.attribute("encryption_config"); list != nullptr && is_unknown(*list)) return *list;
  Value::Array out;
  for (const Value* block : blocks(&ctx.values(), "encryption_config")) {
    ObjectBuilder config;
    if (const Value* provider = first_block(block, "provider"))
      config.set("Provider", ObjectBuilder().copy("KeyArn", attribute(provider, "key_arn")).build(provider->location()));
    config.copy("Resources", attribute(block, "resources"));
    out.push_back(config.build(block->location()));
  }
  if (out.empty()) return Value();
  const model::Location at = ctx.attribute("encryption_config")->location();
  return Value::array(std::move(out), at);
}

}  // namespace

std::optional<Adapted> adapt_eks_cluster(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("Name", ctx.attribute("name"))
      .copy("RoleArn", ctx.attribute("role_arn"))
      .copy("Version", ctx.attribute("version"))
      .set("ResourcesVpcConfig", vpc_config(first_block(&ctx.values(), "vpc_config")))
      .set("Logging", logging(ctx.attribute("enabled_cluster_log_types")))
      .set("EncryptionConfig", encryption_config(ctx))
      .set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::EKS::Cluster", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
