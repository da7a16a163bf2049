// AwsSolutions-COG1 (cdk-nag CognitoUserPoolStrongPasswordPolicy): a user pool's
// password policy must ask for at least 8 characters with upper-case letters, digits
// and symbols.
#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::cognito {

using model::Resource;
using model::Value;

class UserPoolWeakPasswordPolicy final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-cognito-user-pool-weak-password-policy",
      .title = "Cognito user pool accepts weak passwords",
      .resource_types = {"AWS::Cognito::UserPool"},
      .what = "A Cognito user pool without Policies.PasswordPolicy, or whose password policy sets "
              "MinimumLength below 8 (or not at all), or does not set each of RequireUppercase, "
              "RequireNumbers and RequireSymbols to the boolean true.",
      .why = "Short passwords drawn from a small alphabet fall quickly to guessing and credential "
             "stuffing; the pool's policy is the one place that stops users from choosing them.",
      .fix_cfn = "Policies:\n"
                 "  PasswordPolicy:\n"
                 "    MinimumLength: 12\n"
                 "    RequireUppercase: true\n"
                 "    RequireLowercase: true\n"
                 "    RequireNumbers: true\n"
                 "    RequireSymbols: true",
      .fix_cdk = "new cognito.UserPool(this, 'Users', { passwordPolicy: { minLength: 12, requireUppercase: true, "
                 "requireDigits: true, requireSymbols: true } })",
      .cdk_nag_quirks = "MinimumLength is read as JavaScript reads a number: text that is not a "
                        "number, such as \"abc\", is never below 8 and passes, while \"7\" fails. "
                        "Only the boolean true satisfies RequireUppercase, RequireNumbers and "
                        "RequireSymbols. A Policies property written as an Fn::If has no "
                        "PasswordPolicy to read and fails.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& pool) const override {
    const Value* policies = pool.property("Policies");
    if (js::is_nullish(policies)) return Verdict::violation(policies, "the user pool sets no password policy");
    const Value* password = js::get(policies, "PasswordPolicy");
    if (js::is_nullish(password)) return Verdict::violation(policies, "the user pool sets no password policy");

    // Each setting is read only once the ones before it passed, as in cdk-nag: an
    // intrinsic after a failing setting does not make the verdict uncertain.
    const Value* length = resolve_if_primitive(js::get(password, "MinimumLength"), "MinimumLength");
    if (js::is_nullish(length))
      return Verdict::violation(password, "the password policy sets no minimum length");
    // `minimumLength < 8`: a value that is not a number (NaN) is never below 8.
    const std::optional<double> minimum = js::to_number(length);
    if (minimum && *minimum < 8)
      return Verdict::violation(length, "the password policy allows passwords shorter than 8 characters");

    static constexpr std::string_view kRequired[] = {"RequireUppercase", "RequireNumbers", "RequireSymbols"};
    for (std::string_view setting : kRequired) {
      const Value* required = resolve_if_primitive(js::get(password, setting), setting);
      if (!js::is_true(required))
        return Verdict::violation(required != nullptr ? required : password,
                                  "the password policy does not set " + std::string(setting) + " to true");
    }
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(UserPoolWeakPasswordPolicy)

}  // namespace infralint::rules::aws::cognito
