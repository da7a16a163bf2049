// AwsSolutions-RDS6 (cdk-nag AuroraMySQLPostgresIAMAuth): Aurora clusters should
// accept IAM database authentication.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::rds {

using model::Resource;
using model::Value;

namespace {
// `node.engine.toLowerCase().includes('aurora')` on the L1's own value. An intrinsic
// there is a token string such as "${Token[TOKEN.12]}", which names no engine.
bool names_aurora(const Value* engine) {
  if (js::is_object(engine)) return false;
  return js::to_lower(js::string_receiver(engine, "toLowerCase")).find("aurora") != std::string::npos;
}
}  // namespace

class ClusterIamAuthDisabled final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-rds-cluster-iam-auth-disabled",
      .title = "Aurora cluster does not accept IAM database authentication",
      .resource_types = {"AWS::RDS::DBCluster"},
      .what = "A DB cluster whose Engine names an Aurora engine and whose "
              "EnableIAMDatabaseAuthentication is missing or false (loosely: 0 and \"\" count as "
              "false, the string \"false\" does not). Clusters without an Engine are not judged.",
      .why = "IAM authentication replaces long-lived database passwords with short-lived tokens "
             "issued to IAM principals, so access follows IAM policies, is logged in CloudTrail and "
             "ends when the role does.",
      .fix_cfn = "EnableIAMDatabaseAuthentication: true",
      .fix_cdk = "new rds.DatabaseCluster(this, 'Db', { iamAuthentication: true, ... })",
      .cdk_nag_quirks = "Engine is read without resolving it: an intrinsic Engine (a parameter, "
                        "say) is not taken as Aurora and passes, and Engine: \"\" makes the rule "
                        "not applicable.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* engine = cluster.property("Engine");
    if (!js::truthy(engine)) return Verdict::not_applicable();
    if (!names_aurora(engine)) return Verdict::compliant();
    const Value* written = cluster.property("EnableIAMDatabaseAuthentication");
    if (js::is_nullish(written))
      return Verdict::violation(written, "the Aurora cluster does not enable IAM database authentication");
    const Value* enabled = resolve_if_primitive(written, "EnableIAMDatabaseAuthentication");
    if (js::loose_equals(enabled, false))
      return Verdict::violation(enabled, "the Aurora cluster turns IAM database authentication off");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterIamAuthDisabled)

}  // namespace infralint::rules::aws::rds
