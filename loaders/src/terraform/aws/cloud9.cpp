// Cloud9: aws_cloud9_environment_ec2 as AWS::Cloud9::EnvironmentEC2.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

std::optional<Adapted> adapt_cloud9_environment_ec2(const AdapterContext& ctx) {
  ObjectBuilder p;
  // connection_type left out is SSH (the Cloud9 API's default), which reads the same as
  // CloudFormation's absent ConnectionType.
  p.copy("Name", ctx.attribute("name"))
      .copy("Description", ctx.attribute("description"))
      .copy("InstanceType", ctx.attribute("instance_type"))
      .copy("ImageId", ctx.attribute("image_id"))
      .copy("SubnetId", ctx.attribute("subnet_id"))
      .copy("ConnectionType", ctx.attribute("connection_type"))
      .copy("AutomaticStopTimeMinutes", ctx.attribute("automatic_stop_time_minutes"))
      .copy("OwnerArn", ctx.attribute("owner_arn"))
      .set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::Cloud9::EnvironmentEC2", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
