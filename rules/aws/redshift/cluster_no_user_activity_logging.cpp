// AwsSolutions-RS11 (cdk-nag RedshiftClusterUserActivityLogging): a Redshift cluster
// should use a parameter group of its stack that logs user activity.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/common/same_stack.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::redshift {

using model::Resource;
using model::Value;

namespace {

// cdk-nag's isCompliantClusterParameterGroup: enable_user_activity_logging = "true",
// both compared exactly (unlike require_ssl for RS1, case matters here).
bool logs_user_activity(const Resource& group) {
  const Value* parameters = group.property("Parameters");
  if (js::is_nullish(parameters)) return false;
  for (const Value* parameter : js::Elements(parameters)) {
    if (js::strict_equals(js::get(parameter, "ParameterName"), "enable_user_activity_logging") &&
        js::strict_equals(js::get(parameter, "ParameterValue"), "true"))
      return true;
  }
  return false;
}

}  // namespace

class ClusterNoUserActivityLogging final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-redshift-cluster-no-user-activity-logging",
      .title = "Redshift cluster does not log user activity",
      .resource_types = {"AWS::Redshift::Cluster"},
      .what = "A Redshift cluster without a ClusterParameterGroupName, or whose parameter group is "
              "not an AWS::Redshift::ClusterParameterGroup of the same stack (matched by logical id "
              "through Ref or Fn::GetAtt) listing enable_user_activity_logging with the value "
              "\"true\", both written exactly so (case matters). Only the first group of the stack "
              "with that logical id is read.",
      .why = "The user activity log records each query before it runs. Audit logging alone says who "
             "connected; this log says what they did, which an investigation needs.",
      .fix_cfn = "ClusterParameterGroupName: !Ref WarehouseParameters\n"
                 "# with WarehouseParameters (AWS::Redshift::ClusterParameterGroup):\n"
                 "#   Parameters:\n"
                 "#     - ParameterName: enable_user_activity_logging\n"
                 "#       ParameterValue: \"true\"",
      .fix_cdk = "new redshift.CfnClusterParameterGroup(this, 'Params', { parameterGroupFamily: "
                 "'redshift-1.0', description: 'activity', parameters: [{ parameterName: "
                 "'enable_user_activity_logging', parameterValue: 'true' }] }); then "
                 "clusterParameterGroupName: params.ref",
      .cdk_nag_quirks = "Unlike RS1, enable_user_activity_logging and \"true\" are compared "
                        "exactly: other case, or a YAML boolean true, fails. The group is matched "
                        "only by logical id, and only the first group found with that id is read.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* written = cluster.property("ClusterParameterGroupName");
    const Referent named = Referent::of(written);
    if (named.value() == nullptr)
      return Verdict::violation(nullptr, "the cluster uses the default parameter group, which does not log user activity");
    // cdk-nag stops at the first group with the named logical id, compliant or not.
    for (const Resource* group : same_stack(cluster, {"AWS::Redshift::ClusterParameterGroup"})) {
      if (!named.is(group->id)) continue;
      if (logs_user_activity(*group)) return Verdict::compliant();
      break;
    }
    return Verdict::violation(written, "the cluster's parameter group is not one of its stack that enables user activity logging");
  }
};

INFRALINT_RULE_INSTANCE(ClusterNoUserActivityLogging)

}  // namespace infralint::rules::aws::redshift
