// AwsSolutions-EVB1 (cdk-nag EventBusOpenAccess): an event bus policy must not let
// every AWS account put events without a condition narrowing it down.
#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/iam/policy.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::events {

using model::Resource;
using model::Value;

class EventBusPolicyOpenAccess final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-events-event-bus-policy-open-access",
      .title = "EventBridge event bus policy is open to every account",
      .resource_types = {"AWS::Events::EventBusPolicy"},
      .what = "An event bus policy whose Principal is \"*\" without a Condition that sets Key, Type and "
              "Value; or whose Statement allows a principal of \"*\" (directly or in its AWS list) "
              "with no Condition or an empty one.",
      .why = "Anyone with an AWS account could then put events on the bus and trigger whatever its "
             "rules start: spoofed business events, or a bill run up by flooding it.",
      .fix_cfn = "StatementId: OrganizationOnly\n"
                 "Statement:\n"
                 "  Effect: Allow\n"
                 "  Principal: '*'\n"
                 "  Action: events:PutEvents\n"
                 "  Resource: !GetAtt [Bus, Arn]\n"
                 "  Condition: {StringEquals: {'aws:PrincipalOrgID': o-abc123}}",
      .fix_cdk = "bus.addToResourcePolicy(new iam.PolicyStatement({ sid: 'PartnerAccount', principals: "
                 "[new iam.AccountPrincipal('111111111111')], actions: ['events:PutEvents'], resources: "
                 "[bus.eventBusArn] }))",
      .cdk_nag_quirks = "A Statement with Effect Allow but no Principal cannot be judged. Next to "
                        "a Principal of \"*\", a null Condition also stops the rule undecided, "
                        "while a Condition given as a Ref to AWS::NoValue is read as lacking Key, "
                        "Type and Value and fails. Effect is compared case-sensitively, so an "
                        "open statement saying \"allow\" passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& policy) const override {
    const Value* principal = policy.property("Principal");
    if (js::strict_equals(principal, "*")) {
      // `condition.key === undefined`: a property that is absent, not one that is null;
      // a null Condition makes the read itself throw.
      const Value* condition = policy.property("Condition");
      if (condition == nullptr || js::get(condition, "Key") == nullptr || js::get(condition, "Type") == nullptr ||
          js::get(condition, "Value") == nullptr)
        return Verdict::violation(principal, "the policy lets every account put events without a full condition");
    }
    const Value* statement = policy.property("Statement");
    if (statement != nullptr) {
      const Value* condition = js::get_optional(statement, "Condition");
      if (js::strict_equals(js::get_optional(statement, "Effect"), "Allow") &&
          iam::principal_is_everyone(js::get_optional(statement, "Principal")) &&
          (condition == nullptr || js::stringify(*condition) == "{}"))
        return Verdict::violation(statement, "the policy statement allows every principal without a condition");
    }
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(EventBusPolicyOpenAccess)

}  // namespace infralint::rules::aws::events
