// AwsSolutions-APIG4 (cdk-nag APIGWAuthorization): REST API methods and HTTP or
// WebSocket API routes should require authorization, CORS preflight methods aside.
#include <string_view>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::apigateway {

using model::Resource;
using model::Value;

namespace {

constexpr std::string_view kCorsHeaderPrefix = "method.response.header.Access-Control-Allow-";

// One item of checkCORSMethodResponses's every(): a 204 answer that sets one of the
// Access-Control-Allow-* headers (a parameter mapped to the boolean true).
bool is_cors_answer(const Value* response) {
  const Value* parameters = js::get(response, "ResponseParameters");
  bool sets_cors_header = false;
  // Object.entries of a list or a string yields index keys, which never match.
  if (js::truthy(parameters) && parameters->is_object()) {
    for (const model::Member& parameter : parameters->members())
      if (std::string_view(parameter.key).starts_with(kCorsHeaderPrefix) && js::is_true(&parameter.value))
        sets_cors_header = true;
  }
  return js::strict_equals(js::get(response, "StatusCode"), "204") && sets_cors_header;
}

// checkCORSMethodResponses: `methodResponses?.every(...)`, so no responses is no
// preflight, an empty list is one, and anything but a list has no every().
bool answers_cors_preflight(const Resource& method) {
  const Value* responses = method.property("MethodResponses");
  if (js::is_nullish(responses)) return false;
  if (!responses->is_array()) js::type_error(responses, "the rule calls every() on MethodResponses, which is not a list");
  for (const Value& response : responses->items())
    if (!is_cors_answer(&response)) return false;
  return true;
}

}  // namespace

class MethodNoAuthorization final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-apigateway-method-no-authorization",
      .title = "API method or route does not require authorization",
      .resource_types = {"AWS::ApiGateway::Method", "AWS::ApiGatewayV2::Route"},
      .what = "A REST API method or an HTTP or WebSocket API route whose AuthorizationType is absent or "
              "NONE. An OPTIONS method whose every method response is a 204 mapping an "
              "Access-Control-Allow-* header (a CORS preflight) is not judged.",
      .why = "Without authorization anyone who finds the endpoint can call it, and every back end "
             "behind it has to defend itself against anonymous traffic.",
      .fix_cfn = "AuthorizationType: COGNITO_USER_POOLS\n"
                 "AuthorizerId: !Ref UserPoolAuthorizer",
      .fix_cdk = "resource.addMethod('GET', integration, { authorizer, authorizationType: "
                 "apigateway.AuthorizationType.COGNITO })",
      .cdk_nag_quirks = "Only an upper-case OPTIONS method can be a CORS preflight, and one with "
                        "MethodResponses: [] counts as one and is not judged.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& endpoint) const override {
    if (endpoint.type == "AWS::ApiGateway::Method") {
      const Value* http_method = resolve_if_primitive(endpoint.property("HttpMethod"), "HttpMethod");
      if (js::strict_equals(http_method, "OPTIONS") && answers_cors_preflight(endpoint)) return Verdict::not_applicable();
    }
    const Value* type = resolve_if_primitive(endpoint.property("AuthorizationType"), "AuthorizationType");
    if (js::is_nullish(type) || js::loose_equals(type, std::string_view("NONE")))
      return Verdict::violation(type, "the endpoint can be called without authorization");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(MethodNoAuthorization)

}  // namespace infralint::rules::aws::apigateway
