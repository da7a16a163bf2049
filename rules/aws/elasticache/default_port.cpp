// AwsSolutions-AEC5 (cdk-nag ElastiCacheClusterNonDefaultPort): caches should not
// listen on their engine's well-known port.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::elasticache {

using model::Resource;
using model::Value;

class DefaultPort final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-elasticache-default-port",
      .title = "ElastiCache cluster listens on its engine's default port",
      .resource_types = {"AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup"},
      .what = "A cache cluster or replication group without a Port; a cache cluster on 6379 with "
              "Engine redis or on 11211 with Engine memcached; a replication group on 6379 whose "
              "Engine is redis or missing. Engine names compare in any case; other engines (valkey) "
              "pass. A cache cluster without a literal Engine cannot be judged.",
      .why = "Default ports are what automated scanners probe first; a different port keeps a cache "
             "out of the cheapest sweeps, though network controls remain the real protection.",
      .fix_cfn = "Engine: redis\nPort: 6380",
      .fix_cdk = "new elasticache.CfnReplicationGroup(this, 'Cache', { port: 6380, ... })",
      .cdk_nag_quirks = "The Engine is resolved whatever the port, so an intrinsic Engine makes "
                        "the rule unable to decide. The valkey engine is never checked for a "
                        "default port; a replication group without an Engine on 6379 fails, and "
                        "so does the port written as the string \"6379\".",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* port = resolve_if_primitive(cluster.property("Port"), "Port");
    if (js::is_nullish(port))
      return Verdict::violation(port, "the cluster sets no port, so it uses the engine's default");
    const Value* engine = resolve_if_primitive(cluster.property("Engine"), "Engine");
    const Verdict on_default = Verdict::violation(port, "the cluster listens on its engine's default port");
    if (cluster.type == "AWS::ElastiCache::CacheCluster") {
      const std::string name = js::to_lower(js::string_receiver(engine, "toLowerCase"));
      if ((name == "redis" && js::loose_equals(port, 6379.0)) ||
          (name == "memcached" && js::loose_equals(port, 11211.0)))
        return on_default;
      return Verdict::compliant();
    }
    // The engine is lowered before the port is compared: a non-string engine stops the
    // rule whatever the port.
    const bool redis = js::is_nullish(engine) || js::to_lower(js::string_receiver(engine, "toLowerCase")) == "redis";
    if (redis && js::loose_equals(port, 6379.0)) return on_default;
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DefaultPort)

}  // namespace infralint::rules::aws::elasticache
