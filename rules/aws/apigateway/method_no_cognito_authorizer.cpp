// AwsSolutions-COG4 (cdk-nag CognitoUserPoolAPIGWAuthorizer): a REST API method other
// than OPTIONS must be authorized by a Cognito user pool authorizer.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::apigateway {

using model::Resource;
using model::Value;

class MethodNoCognitoAuthorizer final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-apigateway-method-no-cognito-authorizer",
      .title = "API Gateway method is not authorized by a Cognito user pool",
      .resource_types = {"AWS::ApiGateway::Method"},
      .what = "A REST API method whose HttpMethod is not OPTIONS and whose AuthorizationType is not "
              "the literal \"COGNITO_USER_POOLS\" (absent, NONE, AWS_IAM, CUSTOM, or an intrinsic). "
              "OPTIONS methods, which answer CORS preflight requests, are not judged.",
      .why = "A method without a user pool authorizer either lets anyone call it or leaves "
             "authentication to the backend; a Cognito authorizer rejects unauthenticated callers "
             "before they reach the integration.",
      .fix_cfn = "AuthorizationType: COGNITO_USER_POOLS\nAuthorizerId: !Ref UsersAuthorizer",
      .fix_cdk = "resource.addMethod('GET', integration, { authorizer: new apigateway.CognitoUserPoolsAuthorizer("
                 "this, 'Auth', { cognitoUserPools: [users] }), authorizationType: "
                 "apigateway.AuthorizationType.COGNITO })",
      .cdk_nag_quirks = "AuthorizationType is compared as written, without resolving it, so an "
                        "Fn::If fails even when both branches are COGNITO_USER_POOLS. Only an "
                        "HttpMethod of exactly \"OPTIONS\" is skipped; \"options\" is judged.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& method) const override {
    const Value* http_method = resolve_if_primitive(method.property("HttpMethod"), "HttpMethod");
    if (js::strict_equals(http_method, "OPTIONS")) return Verdict::not_applicable();
    // cdk-nag compares the property as the L1 holds it, without resolving it, so an
    // intrinsic here fails rather than being left undecided.
    const Value* authorization = method.property("AuthorizationType");
    if (!js::strict_equals(authorization, "COGNITO_USER_POOLS"))
      return Verdict::violation(authorization, "the method is not authorized by a Cognito user pool");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(MethodNoCognitoAuthorizer)

}  // namespace infralint::rules::aws::apigateway
