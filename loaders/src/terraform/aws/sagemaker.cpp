// SageMaker: aws_sagemaker_notebook_instance as AWS::SageMaker::NotebookInstance.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

std::optional<Adapted> adapt_sagemaker_notebook_instance(const AdapterContext& ctx) {
  ObjectBuilder p;
  // direct_internet_access left out is "Enabled" (the provider's documented default),
  // which fails the rule just as CloudFormation's absent property does.
  p.copy("NotebookInstanceName", ctx.attribute("name"))
      .copy("InstanceType", ctx.attribute("instance_type"))
      .copy("RoleArn", ctx.attribute("role_arn"))
      .copy("SubnetId", ctx.attribute("subnet_id"))
      .copy("SecurityGroupIds", ctx.attribute("security_groups"))
      .copy("KmsKeyId", ctx.attribute("kms_key_id"))
      .copy("DirectInternetAccess", ctx.attribute("direct_internet_access"))
      .copy("RootAccess", ctx.attribute("root_access"))
      .copy("VolumeSizeInGB", ctx.attribute("volume_size"))
      .copy("LifecycleConfigName", ctx.attribute("lifecycle_config_name"))
      .copy("DefaultCodeRepository", ctx.attribute("default_code_repository"))
      .copy("PlatformIdentifier", ctx.attribute("platform_identifier"))
      .set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::SageMaker::NotebookInstance", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
