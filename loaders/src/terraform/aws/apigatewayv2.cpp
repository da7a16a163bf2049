// API Gateway v2 (HTTP and WebSocket APIs): routes and stages, each its own resource
// as in CloudFormation, with ApiId a Ref to the API of the file they name.
#include "terraform/adapter.hpp"
#include "terraform/aws/block_fields.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {
constexpr std::string_view kApi = "aws_apigatewayv2_api";
}  // namespace

// authorization_type left out is the provider's documented default "NONE" (an open
// route); CloudFormation's absent AuthorizationType means the same to the rule.
std::optional<Adapted> adapt_apigatewayv2_route(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.set("ApiId", ctx.reference_or_value("api_id", kApi));
  p.copy("RouteKey", ctx.attribute("route_key"));
  if (const Value* type = ctx.attribute("authorization_type")) p.copy("AuthorizationType", type);
  else p.set("AuthorizationType", provider_default(Value::string("NONE", ctx.location()), ctx));
  p.copy("AuthorizerId", unless_empty(ctx.attribute("authorizer_id")))
      .copy("AuthorizationScopes", ctx.attribute("authorization_scopes"))
      .copy("ApiKeyRequired", ctx.attribute("api_key_required"))
      .copy("Target", unless_empty(ctx.attribute("target")));
  return Adapted{"AWS::ApiGatewayV2::Route", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_apigatewayv2_stage(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.set("ApiId", ctx.reference_or_value("api_id", kApi));
  p.copy("StageName", ctx.attribute("name")).copy("AutoDeploy", ctx.attribute("auto_deploy"));
  if (const Value* block = single_block(&ctx.values(), "access_log_settings")) {
    p.set("AccessLogSettings", ObjectBuilder()
                                   .copy("DestinationArn", field(block, "destination_arn"))
                                   .copy("Format", field(block, "format"))
                                   .build(block->location()));
  }
  p.set("Tags", ctx.attribute("tags") != nullptr ? *ctx.attribute("tags") : Value());  // a map, as in CloudFormation
  return Adapted{"AWS::ApiGatewayV2::Stage", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
