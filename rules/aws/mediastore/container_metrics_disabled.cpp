// AwsSolutions-MS4 (cdk-nag MediaStoreCloudWatchMetricPolicy): a MediaStore container
// must send container-level metrics to CloudWatch.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::mediastore {

using model::Resource;
using model::Value;

class ContainerMetricsDisabled final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-mediastore-container-metrics-disabled",
      .title = "MediaStore container does not publish CloudWatch metrics",
      .resource_types = {"AWS::MediaStore::Container"},
      .what = "A MediaStore container without a MetricPolicy, or whose MetricPolicy.ContainerLevelMetrics "
              "is absent or anything but \"ENABLED\".",
      .why = "Container metrics (request counts, errors, latency) are what alarms and dashboards are "
             "built on; without them failures and abuse go unnoticed.",
      .fix_cfn = "MetricPolicy:\n  ContainerLevelMetrics: ENABLED",
      .fix_cdk = "new mediastore.CfnContainer(this, 'Media', { containerName: 'media', metricPolicy: { "
                 "containerLevelMetrics: 'ENABLED' } })",
      .cdk_nag_quirks = "ContainerLevelMetrics is compared case-sensitively: \"enabled\" fails. A "
                        "MetricPolicy written as an Fn::If has no ContainerLevelMetrics to read "
                        "and is a violation rather than left undecided.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& container) const override {
    const Value* metric_policy = container.property("MetricPolicy");
    if (js::is_nullish(metric_policy))
      return Verdict::violation(metric_policy, "the container has no metric policy");
    const Value* level =
        resolve_if_primitive(js::get(metric_policy, "ContainerLevelMetrics"), "ContainerLevelMetrics");
    if (!js::loose_equals(level, "ENABLED"))
      return Verdict::violation(level != nullptr ? level : metric_policy,
                                "the container's metric policy does not enable container-level metrics");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ContainerMetricsDisabled)

}  // namespace infralint::rules::aws::mediastore
