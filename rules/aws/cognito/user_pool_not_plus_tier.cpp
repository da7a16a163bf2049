// AwsSolutions-COG8 (cdk-nag CognitoUserPoolPlusTier): a user pool should be on the
// Plus feature plan, which brings threat protection.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::cognito {

using model::Resource;
using model::Value;

class UserPoolNotPlusTier final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-cognito-user-pool-not-plus-tier",
      .title = "Cognito user pool is not on the Plus feature plan",
      .resource_types = {"AWS::Cognito::UserPool"},
      .what = "A Cognito user pool whose UserPoolTier is absent or anything but \"PLUS\" (the default "
              "plan is Essentials).",
      .why = "Threat protection (detection of compromised credentials and risky sign-ins, with "
             "adaptive responses) is only available on the Plus plan.",
      .fix_cfn = "UserPoolTier: PLUS\nUserPoolAddOns:\n  AdvancedSecurityMode: ENFORCED",
      .fix_cdk = "new cognito.UserPool(this, 'Users', { featurePlan: cognito.FeaturePlan.PLUS })",
      .cdk_nag_quirks = "UserPoolTier is compared case-sensitively: \"plus\" fails.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& pool) const override {
    const Value* tier = resolve_if_primitive(pool.property("UserPoolTier"), "UserPoolTier");
    if (js::is_nullish(tier) || !js::loose_equals(tier, "PLUS"))
      return Verdict::violation(tier, "the user pool is not on the Plus feature plan");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(UserPoolNotPlusTier)

}  // namespace infralint::rules::aws::cognito
