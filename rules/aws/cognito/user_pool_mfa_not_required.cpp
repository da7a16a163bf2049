// AwsSolutions-COG2 (cdk-nag CognitoUserPoolMFA): a user pool must require MFA.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::cognito {

using model::Resource;
using model::Value;

class UserPoolMfaNotRequired final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-cognito-user-pool-mfa-not-required",
      .title = "Cognito user pool does not require MFA",
      .resource_types = {"AWS::Cognito::UserPool"},
      .what = "A Cognito user pool whose MfaConfiguration is absent or anything but \"ON\" "
              "(\"OPTIONAL\" leaves the second factor to each user).",
      .why = "With a password as the only factor, one leaked or guessed password is enough to take "
             "over an account; a required second factor stops that.",
      .fix_cfn = "MfaConfiguration: \"ON\"\nEnabledMfas: [SOFTWARE_TOKEN_MFA]",
      .fix_cdk = "new cognito.UserPool(this, 'Users', { mfa: cognito.Mfa.REQUIRED, mfaSecondFactor: { otp: true, "
                 "sms: false } })",
      .cdk_nag_quirks = "MfaConfiguration is compared case-sensitively: \"on\" fails.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& pool) const override {
    const Value* mfa = resolve_if_primitive(pool.property("MfaConfiguration"), "MfaConfiguration");
    if (js::is_nullish(mfa) || !js::loose_equals(mfa, "ON"))
      return Verdict::violation(mfa, "the user pool does not require multi-factor authentication");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(UserPoolMfaNotRequired)

}  // namespace infralint::rules::aws::cognito
