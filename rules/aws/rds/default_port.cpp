// AwsSolutions-RDS11 (cdk-nag RDSNonDefaultPort): databases should not listen on their
// engine's well-known port.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::rds {

using model::Resource;
using model::Value;

namespace {
bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

// resolveIfPrimitive(engine).toLowerCase(): throws when the engine is absent.
std::string lowered_engine(const Resource& database) {
  const Value* engine = resolve_if_primitive(database.property("Engine"), "Engine");
  return js::to_lower(js::string_receiver(engine, "toLowerCase"));
}
}  // namespace

class DefaultPort final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-rds-default-port",
      .title = "RDS database listens on its engine's default port",
      .resource_types = {"AWS::RDS::DBCluster", "AWS::RDS::DBInstance"},
      .what = "A DB cluster without a Port, or whose Port is the engine default (3306 for Aurora "
              "MySQL, 5432 for Aurora PostgreSQL outside provisioned mode); a DB instance without an "
              "Engine, without a Port (unless Aurora), or on its engine's default port (3306 MySQL and "
              "MariaDB, 5432 PostgreSQL, 1521 Oracle, 1433 SQL Server).",
      .why = "Default ports are the first ones automated scanners and opportunistic attacks try. A "
             "different port is no substitute for network controls, but it keeps a database out of "
             "the cheapest sweeps.",
      .fix_cfn = "Engine: mysql\nPort: 3307",
      .fix_cdk = "new rds.DatabaseInstance(this, 'Db', { port: 3307, ... })",
      .cdk_nag_quirks = "A database whose Engine is an intrinsic (a parameter, say) cannot be "
                        "judged. A cluster in provisioned mode (or without EngineMode) is flagged "
                        "only for an Aurora engine on 3306, so provisioned Aurora PostgreSQL on "
                        "5432 passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& database) const override {
    return database.type == "AWS::RDS::DBCluster" ? judge_cluster(database) : judge_instance(database);
  }

 private:
  static Verdict judge_cluster(const Resource& cluster) {
    if (js::is_nullish(cluster.property("Port")))
      return Verdict::violation(cluster.property("Port"), "the cluster sets no port, so it uses the default");
    const Value* port = resolve_if_primitive(cluster.property("Port"), "Port");
    const std::string engine = lowered_engine(cluster);
    const Value* mode = resolve_if_primitive(cluster.property("EngineMode"), "EngineMode");
    const Verdict on_default = Verdict::violation(port, "the cluster listens on its engine's default port");
    if (js::is_nullish(mode) || js::to_lower(js::string_receiver(mode, "toLowerCase")) == "provisioned") {
      if (contains(engine, "aurora") && js::loose_equals(port, 3306.0)) return on_default;
    } else if ((engine == "aurora" || engine == "aurora-mysql") && js::loose_equals(port, 3306.0)) {
      return on_default;
    } else if (engine == "aurora-postgresql" && js::loose_equals(port, 5432.0)) {
      return on_default;
    }
    return Verdict::compliant();
  }

  static Verdict judge_instance(const Resource& instance) {
    if (js::is_nullish(instance.property("Engine")))
      return Verdict::violation(instance.property("Engine"), "the instance names no engine");
    const Value* port = resolve_if_primitive(instance.property("Port"), "Port");
    const std::string engine = lowered_engine(instance);
    if (js::is_nullish(port)) {
      if (!contains(engine, "aurora"))
        return Verdict::violation(port, "the instance sets no port, so it uses the default");
      return Verdict::compliant();
    }
    const bool on_default = ((engine == "mariadb" || engine == "mysql") && js::loose_equals(port, 3306.0)) ||
                            (engine == "postgres" && js::loose_equals(port, 5432.0)) ||
                            (contains(engine, "oracle") && js::loose_equals(port, 1521.0)) ||
                            (contains(engine, "sqlserver") && js::loose_equals(port, 1433.0));
    if (on_default) return Verdict::violation(port, "the instance listens on its engine's default port");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DefaultPort)

}  // namespace infralint::rules::aws::rds
