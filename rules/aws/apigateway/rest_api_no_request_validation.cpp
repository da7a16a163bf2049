// AwsSolutions-APIG2 (cdk-nag APIGWRequestValidation): a REST API should validate
// request bodies and parameters before they reach its integrations.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/common/same_stack.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::apigateway {

using model::Resource;
using model::Value;

class RestApiNoRequestValidation final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-apigateway-rest-api-no-request-validation",
      .title = "REST API has no request validator checking both body and parameters",
      .resource_types = {"AWS::ApiGateway::RestApi"},
      .what = "A REST API for which no AWS::ApiGateway::RequestValidator of the same stack refers to "
              "it (Ref or Fn::GetAtt on RestApiId) with ValidateRequestBody and "
              "ValidateRequestParameters both the boolean true.",
      .why = "Validation at the gateway rejects malformed requests before they cost an integration "
             "call, and keeps unexpected input away from back ends that may not check it themselves.",
      .fix_cfn = "Validator:\n"
                 "  Type: AWS::ApiGateway::RequestValidator\n"
                 "  Properties:\n"
                 "    RestApiId: !Ref Api\n"
                 "    ValidateRequestBody: true\n"
                 "    ValidateRequestParameters: true",
      .fix_cdk = "api.addRequestValidator('Validator', { validateRequestBody: true, "
                 "validateRequestParameters: true })",
      .cdk_nag_quirks = "Both validator flags must be the boolean true (the string \"true\" "
                        "fails). A validator that names the API by a literal id instead of Ref or "
                        "Fn::GetAtt is not matched.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& api) const override {
    for (const Resource* validator : same_stack(api, {"AWS::ApiGateway::RequestValidator"})) {
      if (Referent::of(validator->property("RestApiId")).is(api.id) &&
          js::is_true(validator->property("ValidateRequestBody")) &&
          js::is_true(validator->property("ValidateRequestParameters")))
        return Verdict::compliant();
    }
    return Verdict::violation(nullptr, "no request validator of the stack validates both body and parameters of the API");
  }
};

INFRALINT_RULE_INSTANCE(RestApiNoRequestValidation)

}  // namespace infralint::rules::aws::apigateway
