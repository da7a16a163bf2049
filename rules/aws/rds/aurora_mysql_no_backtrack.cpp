// AwsSolutions-RDS14 (cdk-nag AuroraMySQLBacktrack): Aurora MySQL clusters should
// have backtracking on.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::rds {

using model::Resource;
using model::Value;

class AuroraMysqlNoBacktrack final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-rds-aurora-mysql-no-backtrack",
      .title = "Aurora MySQL cluster cannot be backtracked",
      .resource_types = {"AWS::RDS::DBCluster"},
      .what = "A DB cluster whose Engine is aurora or aurora-mysql (in any case) and whose "
              "BacktrackWindow is missing or loosely equal to 0 (0, \"0\", \"\", false). The rule "
              "cannot judge a cluster without a literal Engine, nor one whose BacktrackWindow is an "
              "intrinsic, whatever its engine.",
      .why = "Backtracking rewinds a cluster to an earlier moment in minutes, without restoring a "
             "snapshot into a new cluster, which is the quickest way back from a destructive "
             "statement or a faulty migration.",
      .fix_cfn = "Engine: aurora-mysql\nBacktrackWindow: 86400",
      .fix_cdk = "new rds.DatabaseCluster(this, 'Db', { engine: rds.DatabaseClusterEngine.auroraMysql(...), "
                 "backtrackWindow: Duration.hours(24), ... })",
      .cdk_nag_quirks = "The Engine is read first, so a cluster without one cannot be judged. "
                        "BacktrackWindow is resolved before the engine is checked, so an "
                        "intrinsic window makes the rule unable to decide whatever the engine.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    // cdk-nag lowers the engine and resolves the window before it asks which engine
    // this is: a cluster without an Engine, or a window that is an intrinsic, stops it.
    const Value* engine_value = resolve_if_primitive(cluster.property("Engine"), "Engine");
    const std::string engine = js::to_lower(js::string_receiver(engine_value, "toLowerCase"));
    const Value* window = resolve_if_primitive(cluster.property("BacktrackWindow"), "BacktrackWindow");
    if (engine != "aurora" && engine != "aurora-mysql") return Verdict::compliant();
    if (js::is_nullish(window) || js::loose_equals(window, 0.0))
      return Verdict::violation(window, "the Aurora MySQL cluster has no backtrack window");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(AuroraMysqlNoBacktrack)

}  // namespace infralint::rules::aws::rds
