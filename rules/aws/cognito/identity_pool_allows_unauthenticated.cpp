// AwsSolutions-COG7 (cdk-nag CognitoUserPoolNoUnauthenticatedLogins): an identity pool
// should not hand out credentials to unauthenticated (guest) identities.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::cognito {

using model::Resource;
using model::Value;

class IdentityPoolAllowsUnauthenticated final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-cognito-identity-pool-allows-unauthenticated",
      .title = "Cognito identity pool admits unauthenticated identities",
      .resource_types = {"AWS::Cognito::IdentityPool"},
      .what = "A Cognito identity pool whose AllowUnauthenticatedIdentities is set to a truthy value "
              "(true, and by JavaScript truthiness also any non-empty string, \"false\" included).",
      .why = "Guest identities receive AWS credentials without signing in; whatever the "
             "unauthenticated role allows is open to anyone who finds the pool id.",
      .fix_cfn = "AllowUnauthenticatedIdentities: false",
      .fix_cdk = "new CfnIdentityPool(this, 'Identities', { allowUnauthenticatedIdentities: false, ... })",
      .cdk_nag_quirks = "AllowUnauthenticatedIdentities is judged by JavaScript truthiness, so "
                        "the string \"false\" is a violation.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& pool) const override {
    const Value* allow =
        resolve_if_primitive(pool.property("AllowUnauthenticatedIdentities"), "AllowUnauthenticatedIdentities");
    if (js::truthy(allow)) return Verdict::violation(allow, "the identity pool admits unauthenticated identities");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(IdentityPoolAllowsUnauthenticated)

}  // namespace infralint::rules::aws::cognito
