// AwsSolutions-RS4 (cdk-nag RedshiftClusterNonDefaultPort): a Redshift cluster should
// not listen on 5439.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::redshift {

using model::Resource;
using model::Value;

class ClusterDefaultPort final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-redshift-cluster-default-port",
      .title = "Redshift cluster listens on the default port",
      .resource_types = {"AWS::Redshift::Cluster"},
      .what = "A Redshift cluster without a Port (so it uses 5439) or whose Port equals 5439, as a "
              "number or as a string.",
      .why = "5439 is the port scanners probe for Redshift. Another port does not replace network "
             "controls, but it keeps the endpoint out of the cheapest automated sweeps.",
      .fix_cfn = "Port: 5440",
      .fix_cdk = "new redshift.CfnCluster(this, 'Warehouse', { port: 5440, ... })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* port = resolve_if_primitive(cluster.property("Port"), "Port");
    if (js::is_nullish(port)) return Verdict::violation(port, "the cluster sets no port, so it uses the default 5439");
    if (js::loose_equals(port, 5439.0)) return Verdict::violation(port, "the cluster listens on the default port 5439");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterDefaultPort)

}  // namespace infralint::rules::aws::redshift
