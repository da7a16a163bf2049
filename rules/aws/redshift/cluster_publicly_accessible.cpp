// AwsSolutions-RS8 (cdk-nag RedshiftClusterPublicAccess): a Redshift cluster should not
// be reachable from the internet.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::redshift {

using model::Resource;
using model::Value;

class ClusterPubliclyAccessible final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-redshift-cluster-publicly-accessible",
      .title = "Redshift cluster is publicly accessible",
      .resource_types = {"AWS::Redshift::Cluster"},
      .what = "A Redshift cluster whose PubliclyAccessible is the boolean true. Like cdk-nag, the "
              "string \"true\" is not flagged.",
      .why = "A publicly accessible cluster gets an address reachable from the internet, leaving "
             "security groups as the only barrier between the warehouse and every scanner.",
      .fix_cfn = "PubliclyAccessible: false",
      .fix_cdk = "new redshift.CfnCluster(this, 'Warehouse', { publiclyAccessible: false, ... })",
      .cdk_nag_quirks = "Only the boolean true fails; the string \"true\" passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* public_access = resolve_if_primitive(cluster.property("PubliclyAccessible"), "PubliclyAccessible");
    if (js::is_true(public_access)) return Verdict::violation(public_access, "the cluster is reachable from the internet");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterPubliclyAccessible)

}  // namespace infralint::rules::aws::redshift
