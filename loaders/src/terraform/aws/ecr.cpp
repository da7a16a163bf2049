// ECR: aws_ecr_repository as AWS::ECR::Repository with the aws_ecr_repository_policy
// naming it folded into RepositoryPolicyText (CloudFormation holds the policy in the
// repository), and aws_ecr_registry_policy as AWS::ECR::RegistryPolicy.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/policy_json.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

std::optional<Adapted> adapt_ecr_repository(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("RepositoryName", ctx.attribute("name")).copy("ImageTagMutability", ctx.attribute("image_tag_mutability"));
  if (const Value* scanning = first_block(&ctx.values(), "image_scanning_configuration"))
    p.set("ImageScanningConfiguration", is_unknown(*scanning) ? *scanning
                                                                : ObjectBuilder()
                                                                      .copy("ScanOnPush", attribute(scanning, "scan_on_push"))
                                                                      .build(scanning->location()));
  if (const Value* encryption = first_block(&ctx.values(), "encryption_configuration"))
    p.set("EncryptionConfiguration", is_unknown(*encryption) ? *encryption
                                                               : ObjectBuilder()
                                                                     .copy("EncryptionType", attribute(encryption, "encryption_type"))
                                                                     .copy("KmsKey", attribute(encryption, "kms_key"))
                                                                     .build(encryption->location()));
  // One policy per repository; should several name it, the last one read wins.
  const std::vector<const TerraformResource*> policies = ctx.satellites("aws_ecr_repository_policy", "repository", "name");
  if (!policies.empty())
    if (std::optional<Value> document = parse_policy(attribute(&policies.back()->values, "policy")))
      p.set("RepositoryPolicyText", std::move(*document));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::ECR::Repository", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_ecr_registry_policy(const AdapterContext& ctx) {
  ObjectBuilder p;
  if (std::optional<Value> document = parse_policy(ctx.attribute("policy"))) p.set("PolicyText", std::move(*document));
  return Adapted{"AWS::ECR::RegistryPolicy", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
