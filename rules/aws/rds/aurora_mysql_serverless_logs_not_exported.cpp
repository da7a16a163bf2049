// AwsSolutions-RDS16 (cdk-nag AuroraMySQLLogging): Aurora MySQL Serverless v1
// clusters should export their audit, error, general and slow query logs.
#include <array>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::rds {

using model::Resource;
using model::Value;

class AuroraMysqlServerlessLogsNotExported final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-rds-aurora-mysql-serverless-logs-not-exported",
      .title = "Aurora MySQL Serverless cluster does not export all of its logs",
      .resource_types = {"AWS::RDS::DBCluster"},
      .what = "A DB cluster with EngineMode serverless and Engine aurora or aurora-mysql (in any "
              "case) whose EnableCloudwatchLogsExports lacks audit, error, general or slowquery; one "
              "finding per missing log (LogExport::<log>). The rule cannot judge a cluster without a "
              "literal Engine.",
      .why = "Without the exported logs, failed logins, errors, queries and slow statements stay "
             "inside the cluster, beyond the reach of CloudWatch alarms, retention policies and "
             "incident investigation.",
      .fix_cfn = "EngineMode: serverless\nEnableCloudwatchLogsExports: [audit, error, general, slowquery]",
      .fix_cdk = "new rds.CfnDBCluster(this, 'Db', { engineMode: 'serverless', enableCloudwatchLogsExports: "
                 "['audit', 'error', 'general', 'slowquery'], ... })",
      .cdk_nag_quirks = "The Engine is read first, so a cluster without one cannot be judged. An "
                        "EnableCloudwatchLogsExports given as one intrinsic cannot be judged "
                        "either.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* engine_value = resolve_if_primitive(cluster.property("Engine"), "Engine");
    const std::string engine = js::to_lower(js::string_receiver(engine_value, "toLowerCase"));
    const Value* mode = resolve_if_primitive(cluster.property("EngineMode"), "EngineMode");
    if (js::is_nullish(mode) || js::to_lower(js::string_receiver(mode, "toLowerCase")) != "serverless")
      return Verdict::compliant();
    if (engine != "aurora" && engine != "aurora-mysql") return Verdict::compliant();
    // `exports ?? []`, then `exports.includes(log)`: a list matches whole entries, a
    // string any substring, and an intrinsic stops the rule.
    const Value* exports = cluster.property("EnableCloudwatchLogsExports");
    if (js::is_nullish(exports)) exports = nullptr;
    static constexpr std::array<std::string_view, 4> kNeeded = {"audit", "error", "general", "slowquery"};
    std::vector<Verdict::Finding> missing;
    for (std::string_view log : kNeeded) {
      if (exports != nullptr && js::includes(exports, log)) continue;
      missing.push_back({"LogExport::" + std::string(log), exports,
                         "the cluster does not export its " + std::string(log) + " log"});
    }
    return Verdict::findings(std::move(missing));
  }
};

INFRALINT_RULE_INSTANCE(AuroraMysqlServerlessLogsNotExported)

}  // namespace infralint::rules::aws::rds
