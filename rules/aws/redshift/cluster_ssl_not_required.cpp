// AwsSolutions-RS1 (cdk-nag RedshiftRequireTlsSSL): a Redshift cluster should use a
// parameter group of its stack that turns require_ssl on.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/common/same_stack.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::redshift {

using model::Resource;
using model::Value;

namespace {

// cdk-nag's isMatchingParameterGroup: the group must be the one the cluster names by
// logical id and list require_ssl = true, both compared case-insensitively. A parameter
// without a string name (or a require_ssl one without a string value) stops the rule.
bool requires_ssl(const Resource& group, const Referent& named) {
  const Value* parameters = group.property("Parameters");
  if (!named.is(group.id) || js::is_nullish(parameters)) return false;
  for (const Value* parameter : js::Elements(parameters)) {
    const Value* name = js::get(parameter, "ParameterName");
    if (js::to_lower(js::string_receiver(name, "toLowerCase")) != "require_ssl") continue;
    const Value* value = js::get(parameter, "ParameterValue");
    if (js::to_lower(js::string_receiver(value, "toLowerCase")) == "true") return true;
  }
  return false;
}

}  // namespace

class ClusterSslNotRequired final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-redshift-cluster-ssl-not-required",
      .title = "Redshift cluster accepts connections without SSL",
      .resource_types = {"AWS::Redshift::Cluster"},
      .what = "A Redshift cluster without a ClusterParameterGroupName, or whose parameter group is "
              "not an AWS::Redshift::ClusterParameterGroup of the same stack (matched by logical id "
              "through Ref or Fn::GetAtt) listing require_ssl with the value true. Parameter names "
              "and values are compared ignoring case; a group named by a literal string or a "
              "parameter does not count.",
      .why = "Unless require_ssl is on, clients may connect in clear text, and queries, results and "
             "credentials cross the network readable by anyone who can observe it.",
      .fix_cfn = "ClusterParameterGroupName: !Ref WarehouseParameters\n"
                 "# with WarehouseParameters (AWS::Redshift::ClusterParameterGroup):\n"
                 "#   Parameters:\n"
                 "#     - ParameterName: require_ssl\n"
                 "#       ParameterValue: \"true\"",
      .fix_cdk = "new redshift.CfnClusterParameterGroup(this, 'Params', { parameterGroupFamily: "
                 "'redshift-1.0', description: 'tls', parameters: [{ parameterName: 'require_ssl', "
                 "parameterValue: 'true' }] }); then clusterParameterGroupName: params.ref",
      .cdk_nag_quirks = "Parameter names and values are compared ignoring case (REQUIRE_SSL = "
                        "TRUE passes), and the group is matched only by the logical id the "
                        "cluster refers to. A parameter without a string name ahead of "
                        "require_ssl, or a require_ssl value that is not a string (a YAML boolean "
                        "true), makes the rule unable to decide.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* written = cluster.property("ClusterParameterGroupName");
    const Referent named = Referent::of(written);
    if (named.value() == nullptr)
      return Verdict::violation(nullptr, "the cluster uses the default parameter group, which does not require SSL");
    for (const Resource* group : same_stack(cluster, {"AWS::Redshift::ClusterParameterGroup"}))
      if (requires_ssl(*group, named)) return Verdict::compliant();
    return Verdict::violation(written, "the cluster's parameter group is not one of its stack that sets require_ssl to true");
  }
};

INFRALINT_RULE_INSTANCE(ClusterSslNotRequired)

}  // namespace infralint::rules::aws::redshift
