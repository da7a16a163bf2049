// MediaStore: aws_media_store_container as AWS::MediaStore::Container, with the policy
// of aws_media_store_container_policy folded into Policy (a JSON string, as
// CloudFormation holds it and the rules parse it). The provider has no resource for a
// container's CORS, lifecycle or metric policy, nor for access logging: those
// properties stay absent, as in a template that does not set them.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

// The policy resource naming this container (by reference or by its name); the last
// one wins, as the last apply would.
std::optional<Adapted> adapt_media_store_container(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("ContainerName", ctx.attribute("name"));
  const auto policies = ctx.satellites("aws_media_store_container_policy", "container_name", "name");
  if (!policies.empty()) p.copy("Policy", attribute(&policies.back()->values, "policy"));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::MediaStore::Container", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
