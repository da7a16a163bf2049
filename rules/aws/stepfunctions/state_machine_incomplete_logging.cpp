// AwsSolutions-SF1 (cdk-nag StepFunctionStateMachineAllLogsToCloudWatch): a state
// machine must log every execution event (level ALL) to CloudWatch Logs.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::stepfunctions {

using model::Resource;
using model::Value;

class StateMachineIncompleteLogging final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-stepfunctions-state-machine-incomplete-logging",
      .title = "Step Functions state machine does not log all events",
      .resource_types = {"AWS::StepFunctions::StateMachine"},
      .what = "A state machine without a LoggingConfiguration, or whose LoggingConfiguration.Level is "
              "absent or anything but \"ALL\" (ERROR, FATAL and OFF leave most transitions unrecorded).",
      .why = "The execution log is the record of which states ran with which input and output; "
             "with only errors logged, a run that went wrong quietly cannot be reconstructed.",
      .fix_cfn = "LoggingConfiguration:\n"
                 "  Level: ALL\n"
                 "  IncludeExecutionData: true\n"
                 "  Destinations:\n"
                 "    - CloudWatchLogsLogGroup: {LogGroupArn: !GetAtt [WorkflowLogs, Arn]}",
      .fix_cdk = "new sfn.StateMachine(this, 'Workflow', { logs: { destination: logGroup, level: sfn.LogLevel.ALL } "
                 "})",
      .cdk_nag_quirks = "Level is compared case-sensitively: \"all\" fails. A "
                        "LoggingConfiguration written as an Fn::If has no Level to read and is a "
                        "violation rather than left undecided.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& machine) const override {
    const Value* logging = machine.property("LoggingConfiguration");
    if (js::is_nullish(logging)) return Verdict::violation(logging, "the state machine keeps no execution log");
    const Value* level = resolve_if_primitive(js::get(logging, "Level"), "Level");
    if (js::is_nullish(level) || !js::loose_equals(level, "ALL"))
      return Verdict::violation(level != nullptr ? level : logging, "the state machine does not log all events");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(StateMachineIncompleteLogging)

}  // namespace infralint::rules::aws::stepfunctions
