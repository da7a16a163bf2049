// AwsSolutions-SF2 (cdk-nag StepFunctionStateMachineXray): a state machine must have
// X-Ray tracing enabled.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::stepfunctions {

using model::Resource;
using model::Value;

class StateMachineNoXrayTracing final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-stepfunctions-state-machine-no-xray-tracing",
      .title = "Step Functions state machine is not traced with X-Ray",
      .resource_types = {"AWS::StepFunctions::StateMachine"},
      .what = "A state machine without a TracingConfiguration, or whose TracingConfiguration.Enabled "
              "is absent or falsy (false, \"\", 0).",
      .why = "X-Ray traces follow one execution through every service it calls, showing where time "
             "was spent and which call failed; without them a slow or failing workflow is debugged "
             "by guesswork.",
      .fix_cfn = "TracingConfiguration:\n  Enabled: true",
      .fix_cdk = "new sfn.StateMachine(this, 'Workflow', { tracingEnabled: true, ... })",
      .cdk_nag_quirks = "Enabled is judged by JavaScript truthiness, so the string \"false\" "
                        "passes. A TracingConfiguration written as an Fn::If has no Enabled to "
                        "read and is a violation rather than left undecided.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& machine) const override {
    const Value* tracing = machine.property("TracingConfiguration");
    if (js::is_nullish(tracing)) return Verdict::violation(tracing, "the state machine is not traced with X-Ray");
    const Value* enabled = resolve_if_primitive(js::get(tracing, "Enabled"), "Enabled");
    if (!js::truthy(enabled))
      return Verdict::violation(enabled != nullptr ? enabled : tracing, "the state machine's X-Ray tracing is off");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(StateMachineNoXrayTracing)

}  // namespace infralint::rules::aws::stepfunctions
