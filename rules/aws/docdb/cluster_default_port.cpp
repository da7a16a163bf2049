// AwsSolutions-DOC2 (cdk-nag DocumentDBClusterNonDefaultPort): DocumentDB clusters
// should not listen on MongoDB's well-known port.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::docdb {

using model::Resource;
using model::Value;

class ClusterDefaultPort final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-docdb-cluster-default-port",
      .title = "DocumentDB cluster listens on the default port",
      .resource_types = {"AWS::DocDB::DBCluster"},
      .what = "A DocumentDB cluster without a Port, or whose Port is loosely equal to 27017 (the "
              "number or the string).",
      .why = "27017 is the port every MongoDB scanner tries first; moving off it keeps the cluster "
             "out of the cheapest sweeps, though network controls remain the real protection.",
      .fix_cfn = "Port: 27018",
      .fix_cdk = "new docdb.DatabaseCluster(this, 'Docs', { port: 27018, ... })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* port = resolve_if_primitive(cluster.property("Port"), "Port");
    if (js::is_nullish(port)) return Verdict::violation(port, "the cluster sets no port, so it uses 27017");
    if (js::loose_equals(port, 27017.0)) return Verdict::violation(port, "the cluster listens on port 27017");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterDefaultPort)

}  // namespace infralint::rules::aws::docdb
