// AwsSolutions-KDA3 (cdk-nag KinesisDataAnalyticsFlinkCheckpointing): a Managed Flink
// application should take checkpoints.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::kinesisanalyticsv2 {

using model::Resource;
using model::Value;

namespace {

// `runtimeEnvironment.toLowerCase().startsWith('flink')` on the unresolved property:
// an intrinsic there is a token string, which never starts with "flink"; a missing
// or non-string runtime stops the rule.
bool runs_flink(const Value* runtime) {
  if (js::is_object(runtime)) return false;
  return js::to_lower(js::string_receiver(runtime, "toLowerCase")).starts_with("flink");
}

}  // namespace

class FlinkApplicationNoCheckpointing final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-kinesisanalyticsv2-flink-application-no-checkpointing",
      .title = "Managed Flink application does not take checkpoints",
      .resource_types = {"AWS::KinesisAnalyticsV2::Application"},
      .what = "A Kinesis Data Analytics (Managed Service for Apache Flink) application whose "
              "RuntimeEnvironment starts with FLINK and that has no ApplicationConfiguration."
              "FlinkApplicationConfiguration.CheckpointConfiguration, or whose checkpoint "
              "configuration has ConfigurationType CUSTOM with a falsy CheckpointingEnabled. "
              "A DEFAULT configuration type passes (the service then checkpoints), and so does a "
              "RuntimeEnvironment given by an intrinsic function, which is not recognised as Flink.",
      .why = "Checkpoints are the snapshots of application state that Flink restores after a "
             "failure or a restart; without them the application loses its state and either "
             "reprocesses or drops data.",
      .fix_cfn = "ApplicationConfiguration:\n"
                 "  FlinkApplicationConfiguration:\n"
                 "    CheckpointConfiguration:\n"
                 "      ConfigurationType: DEFAULT",
      .fix_cdk = "new kinesisanalytics.CfnApplicationV2(this, 'App', { applicationConfiguration: { "
                 "flinkApplicationConfiguration: { checkpointConfiguration: { configurationType: "
                 "'DEFAULT' } } }, ... })",
      .cdk_nag_quirks = "RuntimeEnvironment is read unresolved: an intrinsic (a parameter, say) "
                        "is taken as not Flink and passes, while a missing runtime cannot be "
                        "judged. Only ConfigurationType written exactly CUSTOM is checked; "
                        "\"custom\" in lower case passes like DEFAULT.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  // cdk-nag tests for CfnApplicationV2 of aws-kinesisanalytics, not the CfnApplication
  // class of aws-kinesisanalyticsv2 that makes the same resource type.
  std::string_view l1_class(std::string_view /*type*/) const override {
    return "aws-cdk-lib.aws_kinesisanalytics.CfnApplicationV2";
  }

  Verdict judge(const Resource& application) const override {
    if (!runs_flink(application.property("RuntimeEnvironment"))) return Verdict::compliant();
    const Value* configuration = application.property("ApplicationConfiguration");
    const char* const unprotected = "the Flink application takes no checkpoints";
    if (js::is_nullish(configuration)) return Verdict::violation(configuration, unprotected);
    const Value* flink = js::get(configuration, "FlinkApplicationConfiguration");
    if (js::is_nullish(flink)) return Verdict::violation(flink ? flink : configuration, unprotected);
    const Value* checkpoints = js::get(flink, "CheckpointConfiguration");
    if (js::is_nullish(checkpoints)) return Verdict::violation(checkpoints ? checkpoints : flink, unprotected);
    const Value* type = resolve_if_primitive(js::get(checkpoints, "ConfigurationType"), "ConfigurationType");
    if (js::loose_equals(type, std::string_view("CUSTOM"))) {
      const Value* enabled = resolve_if_primitive(js::get(checkpoints, "CheckpointingEnabled"), "CheckpointingEnabled");
      if (!js::truthy(enabled)) return Verdict::violation(enabled ? enabled : checkpoints, unprotected);
    }
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(FlinkApplicationNoCheckpointing)

}  // namespace infralint::rules::aws::kinesisanalyticsv2
