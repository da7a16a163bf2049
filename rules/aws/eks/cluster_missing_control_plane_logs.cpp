// AwsSolutions-EKS2 (cdk-nag EKSClusterControlPlaneLogs): an EKS cluster should export
// all five control plane log types. One granular finding per missing type
// ("LogExport::api", ...), so a type collected elsewhere can be accepted on its own.
#include <array>
#include <string>
#include <vector>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::eks {

using model::Resource;
using model::Value;

namespace {

constexpr std::string_view kCustomCluster = "Custom::AWSCDK-EKS-Cluster";

// cdk-nag's Set of required types, in its insertion order (which orders the findings).
class RequiredTypes {
 public:
  // Set.prototype.delete: only a string equal to a required type removes it.
  void remove(const Value* type) {
    if (type == nullptr || !type->is_string()) return;
    for (Entry& entry : entries_)
      if (entry.name == type->as_string()) entry.present = false;
  }
  bool empty() const {
    for (const Entry& entry : entries_)
      if (entry.present) return false;
    return true;
  }
  std::vector<Verdict::Finding> findings(const Value* at) const {
    std::vector<Verdict::Finding> found;
    for (const Entry& entry : entries_)
      if (entry.present)
        found.push_back({"LogExport::" + std::string(entry.name), at,
                         "the cluster does not export its " + std::string(entry.name) + " control plane log"});
    return found;
  }

 private:
  struct Entry {
    std::string_view name;
    bool present = true;
  };
  std::array<Entry, 5> entries_{{{"api"}, {"audit"}, {"authenticator"}, {"controllerManager"}, {"scheduler"}}};
};

}  // namespace

class ClusterMissingControlPlaneLogs final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-eks-cluster-missing-control-plane-logs",
      .title = "EKS cluster does not export every control plane log",
      .resource_types = {"AWS::EKS::Cluster", "Custom::AWSCDK-EKS-Cluster"},
      .what = "An AWS::EKS::Cluster whose Logging.ClusterLogging.EnabledTypes lacks any of api, "
              "audit, authenticator, controllerManager and scheduler, or a cluster made by the CDK "
              "aws-eks Cluster construct (Custom::AWSCDK-EKS-Cluster) whose "
              "Config.logging.clusterLogging has no entry with enabled: true listing the type. Each "
              "missing type is a finding of its own, LogExport::<type>.",
      .why = "The control plane logs record who called the Kubernetes API and what it decided: "
             "authentication, authorization and scheduling. Without them a compromise or a "
             "misbehaving controller cannot be traced.",
      .fix_cfn = "Logging:\n"
                 "  ClusterLogging:\n"
                 "    EnabledTypes:\n"
                 "      - Type: api\n"
                 "      - Type: audit\n"
                 "      - Type: authenticator\n"
                 "      - Type: controllerManager\n"
                 "      - Type: scheduler",
      .fix_cdk = "new eks.Cluster(this, 'Cluster', { ..., clusterLogging: [eks.ClusterLoggingTypes.API, "
                 "eks.ClusterLoggingTypes.AUDIT, eks.ClusterLoggingTypes.AUTHENTICATOR, "
                 "eks.ClusterLoggingTypes.CONTROLLER_MANAGER, eks.ClusterLoggingTypes.SCHEDULER] })",
      .cdk_nag_quirks = "A Custom::AWSCDK-EKS-Cluster is judged by its raw camelCase properties. "
                        "There, an entry with enabled: true but no types cannot be judged, even "
                        "when earlier entries already listed all five log types.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  std::string_view l1_class(std::string_view type) const override {
    // cdk-nag tests the custom resource by its type alone: any CfnResource qualifies.
    return type == kCustomCluster ? "aws-cdk-lib.CfnResource" : std::string_view{};
  }

  Verdict judge(const Resource& cluster) const override {
    RequiredTypes required;
    const Value* at = nullptr;
    if (cluster.type == kCustomCluster) {
      const Value* logging = js::get_optional(js::get_optional(&cluster.properties(), "Config"), "logging");
      const Value* configs = js::get_optional(logging, "clusterLogging");
      at = logging;
      if (!js::is_nullish(configs)) {  // `?? []`
        for (const Value* config : js::Elements(configs)) {
          if (!js::is_true(js::get_optional(config, "enabled"))) continue;
          // The inner loop stops once nothing is missing; the outer one goes on, so a
          // later enabled entry without types still throws.
          for (const Value* type : js::Elements(js::get_optional(config, "types"))) {
            required.remove(type);
            if (required.empty()) break;
          }
        }
      }
    } else {
      const Value* logging = cluster.property("Logging");
      const Value* enabled_types = js::get_optional(js::get_optional(logging, "ClusterLogging"), "EnabledTypes");
      at = logging;
      if (!js::is_nullish(enabled_types)) {  // `?? []`
        for (const Value* enabled : js::Elements(enabled_types)) {
          required.remove(resolve_if_primitive(js::get(enabled, "Type"), "EnabledTypes[].Type"));
          if (required.empty()) break;
        }
      }
    }
    return Verdict::findings(required.findings(at));
  }
};

INFRALINT_RULE_INSTANCE(ClusterMissingControlPlaneLogs)

}  // namespace infralint::rules::aws::eks
