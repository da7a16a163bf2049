// AwsSolutions-DOC5 (cdk-nag DocumentDBClusterLogExports): DocumentDB clusters should
// export their audit logs to CloudWatch.
#include <array>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::docdb {

using model::Resource;
using model::Value;

namespace {
// `(node.enableCloudwatchLogsExports ?? []).includes(log)` on the L1's own value,
// which cdk-nag does not resolve: a list given as one intrinsic is a token list there,
// holding a placeholder that names no log, and entries that are intrinsics are
// placeholders too. A string matches by substring, as String.includes does.
bool exports_log(const Value* exports, std::string_view log) {
  if (js::is_nullish(exports) || exports->is_object()) return false;
  return js::includes(exports, log);
}
}  // namespace

class ClusterLogsNotExported final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-docdb-cluster-logs-not-exported",
      .title = "DocumentDB cluster does not export its audit logs",
      .resource_types = {"AWS::DocDB::DBCluster"},
      .what = "A DocumentDB cluster whose EnableCloudwatchLogsExports does not list \"authenticate\", "
              "\"createIndex\" and \"dropCollection\"; one finding per missing name "
              "(LogExport::<name>). These are audit event types, not log types DocumentDB can "
              "export (audit, profiler), so every deployable cluster fails unless the finding is "
              "suppressed, as in cdk-nag. A list given as one intrinsic matches nothing.",
      .why = "Exported audit events (sign-ins, index and collection changes) are what an "
             "investigation of a breach or a destructive change relies on, and what alarms can be "
             "raised on.",
      .fix_cfn = "EnableCloudwatchLogsExports: [audit]   # with audit_logs enabled in the parameter group",
      .fix_cdk = "new docdb.DatabaseCluster(this, 'Docs', { exportAuditLogsToCloudWatch: true, ... })",
      .cdk_nag_quirks = "cdk-nag requires authenticate, createIndex and dropCollection in "
                        "EnableCloudwatchLogsExports. These are audit event names, not log types "
                        "DocumentDB can export (audit, profiler), so every cluster CloudFormation "
                        "accepts gets findings, which have to be suppressed.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* exports = cluster.property("EnableCloudwatchLogsExports");
    static constexpr std::array<std::string_view, 3> kNeeded = {"authenticate", "createIndex", "dropCollection"};
    std::vector<Verdict::Finding> missing;
    for (std::string_view log : kNeeded) {
      if (exports_log(exports, log)) continue;
      missing.push_back({"LogExport::" + std::string(log), exports,
                         "the cluster does not export " + std::string(log) + " events"});
    }
    return Verdict::findings(std::move(missing));
  }
};

INFRALINT_RULE_INSTANCE(ClusterLogsNotExported)

}  // namespace infralint::rules::aws::docdb
