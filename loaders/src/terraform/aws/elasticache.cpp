// ElastiCache: aws_elasticache_cluster as AWS::ElastiCache::CacheCluster and
// aws_elasticache_replication_group as AWS::ElastiCache::ReplicationGroup.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/aws/settings.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

// A cluster that joins a replication group (replication_group_id) takes its engine,
// port, subnet group and encryption from the group, which is judged in its place: it
// stays unadapted, as CloudFormation declares no CacheCluster for a group's members.
std::optional<Adapted> adapt_elasticache_cluster(const AdapterContext& ctx) {
  if (ctx.attribute("replication_group_id") != nullptr) return std::nullopt;
  ObjectBuilder p;
  p.copy("ClusterName", ctx.attribute("cluster_id"))
      .copy("Engine", ctx.attribute("engine"))
      .copy("EngineVersion", ctx.attribute("engine_version"))
      .copy("CacheNodeType", ctx.attribute("node_type"))
      .copy("NumCacheNodes", ctx.attribute("num_cache_nodes"))
      .copy("Port", ctx.attribute("port"))
      .copy("CacheSubnetGroupName", ctx.attribute("subnet_group_name"))
      .copy("VpcSecurityGroupIds", ctx.attribute("security_group_ids"));
  p.set("TransitEncryptionEnabled", flag(ctx.attribute("transit_encryption_enabled")));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::ElastiCache::CacheCluster", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_elasticache_replication_group(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("ReplicationGroupId", ctx.attribute("replication_group_id"));
  // `description` since provider v4, `replication_group_description` before.
  const Value* description = ctx.attribute("description");
  p.copy("ReplicationGroupDescription",
         description != nullptr ? description : ctx.attribute("replication_group_description"));
  // The provider's schema default engine is "redis"; the rules read a missing engine as
  // Redis too, but writing it keeps the verdict's reason plain.
  p.set("Engine", with_default(ctx, "engine", Value::string("redis")));
  p.copy("EngineVersion", ctx.attribute("engine_version"))
      .copy("CacheNodeType", ctx.attribute("node_type"))
      .copy("NumCacheClusters", ctx.attribute("num_cache_clusters"))
      .copy("Port", ctx.attribute("port"))
      .copy("CacheSubnetGroupName", ctx.attribute("subnet_group_name"))
      .copy("SecurityGroupIds", ctx.attribute("security_group_ids"))
      .copy("AuthToken", ctx.attribute("auth_token"))
      .copy("KmsKeyId", ctx.attribute("kms_key_id"));
  // A switch left out stays out: the rules judge it as CloudFormation's missing
  // property (off), and no default is made up for it here.
  p.set("MultiAZEnabled", flag(ctx.attribute("multi_az_enabled")))
      .set("AutomaticFailoverEnabled", flag(ctx.attribute("automatic_failover_enabled")))
      .set("AtRestEncryptionEnabled", flag(ctx.attribute("at_rest_encryption_enabled")))
      .set("TransitEncryptionEnabled", flag(ctx.attribute("transit_encryption_enabled")));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::ElastiCache::ReplicationGroup", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
