// AwsSolutions-ECS4 (cdk-nag ECSClusterCloudWatchContainerInsights): ECS clusters should
// collect CloudWatch Container Insights.
#include <string_view>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::ecs {

using model::Resource;
using model::Value;

class ClusterNoContainerInsights final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-ecs-cluster-no-container-insights",
      .title = "ECS cluster does not collect Container Insights",
      .resource_types = {"AWS::ECS::Cluster"},
      .what = "An ECS cluster without ClusterSettings, or with none whose Name is \"containerInsights\" "
              "and whose Value is \"enabled\" or \"enhanced\" (compared loosely, case-sensitive). A value "
              "from a parameter does not count.",
      .why = "Container Insights gathers per-task and per-service CPU, memory, network and restart "
             "metrics. Without them a failing or abused workload goes unnoticed and there is little "
             "to diagnose it with afterwards.",
      .fix_cfn = "ClusterSettings:\n"
                 "  - Name: containerInsights\n"
                 "    Value: enhanced",
      .fix_cdk = "new ecs.Cluster(this, 'Cluster', { vpc, containerInsightsV2: ecs.ContainerInsights.ENHANCED })",
      .cdk_nag_quirks = "Name and Value are compared loosely, so a one-element list such as "
                        "Value: [\"enabled\"] passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* settings = cluster.property("ClusterSettings");
    if (js::is_nullish(settings))
      return Verdict::violation(settings, "the cluster has no settings, so Container Insights is off");
    for (const Value* setting : js::Elements(settings)) {
      const Value* name = js::get(setting, "Name");
      if (!js::truthy(name) || !js::loose_equals(name, std::string_view("containerInsights"))) continue;
      const Value* value = js::get(setting, "Value");
      if (js::truthy(value) && (js::loose_equals(value, std::string_view("enabled")) ||
                                js::loose_equals(value, std::string_view("enhanced"))))
        return Verdict::compliant();
    }
    return Verdict::violation(settings, "no cluster setting turns Container Insights on");
  }
};

INFRALINT_RULE_INSTANCE(ClusterNoContainerInsights)

}  // namespace infralint::rules::aws::ecs
