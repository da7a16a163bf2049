// DAX: aws_dax_cluster as AWS::DAX::Cluster. Encryption at rest is the
// server_side_encryption block's one switch (the provider's default: off).
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/aws/settings.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

std::optional<Adapted> adapt_dax_cluster(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("ClusterName", ctx.attribute("cluster_name"))
      .copy("NodeType", ctx.attribute("node_type"))
      .copy("ReplicationFactor", ctx.attribute("replication_factor"))
      .copy("IAMRoleARN", ctx.attribute("iam_role_arn"))
      .copy("SubnetGroupName", ctx.attribute("subnet_group_name"))
      .copy("ClusterEndpointEncryptionType", ctx.attribute("cluster_endpoint_encryption_type"));
  p.set("SSESpecification", switch_block(ctx, "server_side_encryption", "enabled", "SSEEnabled"));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::DAX::Cluster", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
