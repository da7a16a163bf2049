// API Gateway (REST APIs): the API, its request validators, methods with their method
// responses folded in (MethodResponses decides whether an OPTIONS method is a CORS
// preflight), and stages with aws_api_gateway_method_settings folded into
// MethodSettings. Validators, methods and stages stay resources of their own, as in
// CloudFormation; their RestApiId is a Ref to the API of the file they name.
#include <string>

#include "terraform/adapter.hpp"
#include "terraform/aws/block_fields.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

constexpr std::string_view kRestApi = "aws_api_gateway_rest_api";

bool contains(const std::vector<std::string>& addresses, std::string_view address) {
  for (const std::string& a : addresses)
    if (a == address) return true;
  return false;
}

// Whether two resources' `name` attributes name the same thing: they refer to the same
// resources, or neither refers to any and both spell the same literal.
bool same_target(const TerraformResource& a, const TerraformResource& b, std::string_view name) {
  const std::vector<std::string>& ra = a.references_of(name);
  const std::vector<std::string>& rb = b.references_of(name);
  if (!ra.empty() || !rb.empty()) return ra == rb;
  const Value* va = attribute(&a.values, name);
  const Value* vb = attribute(&b.values, name);
  return va != nullptr && vb != nullptr && va->is_string() && vb->is_string() && va->as_string() == vb->as_string();
}

// A method response belongs to the method its http_method or resource_id refers to
// (`http_method = aws_api_gateway_method.x.http_method`), or, written with literals, to
// the method of the same API and resource with the same HTTP method.
bool answers_for(const TerraformResource& response, const TerraformResource& method) {
  if (contains(response.references_of("http_method"), method.address) ||
      contains(response.references_of("resource_id"), method.address))
    return true;
  if (!response.references_of("http_method").empty()) return false;
  return same_target(response, method, "http_method") && same_target(response, method, "resource_id") &&
         same_target(response, method, "rest_api_id");
}

Value method_responses(const AdapterContext& ctx) {
  Value::Array out;
  for (const TerraformResource* response : ctx.index().of_type("aws_api_gateway_method_response")) {
    if (!answers_for(*response, ctx.resource())) continue;
    ObjectBuilder r;
    r.copy("StatusCode", attribute(&response->values, "status_code"))
        .copy("ResponseParameters", attribute(&response->values, "response_parameters"))
        .copy("ResponseModels", attribute(&response->values, "response_models"));
    out.push_back(r.build(response->type_location));
  }
  if (out.empty()) return Value();
  return Value::array(std::move(out), ctx.location());
}

// method_path "{resource_path}/{http_method}" ("*/*" for every method) as
// CloudFormation's ResourcePath ("/*") and HttpMethod ("*").
void split_method_path(ObjectBuilder& out, const Value* path) {
  if (path == nullptr) return;
  if (!path->is_string()) {  // unknown: both halves are
    out.copy("HttpMethod", path).copy("ResourcePath", path);
    return;
  }
  const std::string_view text = path->as_string();
  const std::size_t slash = text.rfind('/');
  if (slash == std::string_view::npos) {
    out.set("HttpMethod", Value::string(std::string(text), path->location()));
    return;
  }
  out.set("ResourcePath", Value::string("/" + std::string(text.substr(0, slash)), path->location()));
  out.set("HttpMethod", Value::string(std::string(text.substr(slash + 1)), path->location()));
}

Value method_setting(const TerraformResource& s) {
  ObjectBuilder out;
  split_method_path(out, attribute(&s.values, "method_path"));
  const Value* settings = single_block(&s.values, "settings");
  out.copy("LoggingLevel", field(settings, "logging_level"))
      .copy("MetricsEnabled", field(settings, "metrics_enabled"))
      .copy("DataTraceEnabled", field(settings, "data_trace_enabled"))
      .copy("CachingEnabled", field(settings, "caching_enabled"))
      .copy("CacheDataEncrypted", field(settings, "cache_data_encrypted"));
  return out.build(s.type_location);
}

// Settings of this stage: those whose stage_name refers to it, or that spell its name
// for the same API (a stage name such as "prod" repeats across APIs).
Value method_settings(const AdapterContext& ctx) {
  Value::Array out;
  for (const TerraformResource* s : ctx.satellites("aws_api_gateway_method_settings", "stage_name", "stage_name")) {
    if (!contains(s->references_of("stage_name"), ctx.resource().address) &&
        !same_target(*s, ctx.resource(), "rest_api_id"))
      continue;
    out.push_back(method_setting(*s));
  }
  if (out.empty()) return Value();
  return Value::array(std::move(out), ctx.location());
}

Value access_log_setting(const AdapterContext& ctx) {
  const Value* block = single_block(&ctx.values(), "access_log_settings");
  if (block == nullptr) return Value();
  return ObjectBuilder()
      .copy("DestinationArn", field(block, "destination_arn"))
      .copy("Format", field(block, "format"))
      .build(block->location());
}

}  // namespace

std::optional<Adapted> adapt_api_gateway_rest_api(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("Name", ctx.attribute("name"))
      .copy("Description", unless_empty(ctx.attribute("description")))
      .copy("Body", ctx.attribute("body"))
      .copy("DisableExecuteApiEndpoint", ctx.attribute("disable_execute_api_endpoint"));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::ApiGateway::RestApi", p.build(ctx.values().location())};
}

// The provider defaults both validate_request_* switches to false, which the rule
// reads as it reads them left out: only the boolean true passes.
std::optional<Adapted> adapt_api_gateway_request_validator(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.set("RestApiId", ctx.reference_or_value("rest_api_id", kRestApi));
  p.copy("Name", ctx.attribute("name"))
      .copy("ValidateRequestBody", ctx.attribute("validate_request_body"))
      .copy("ValidateRequestParameters", ctx.attribute("validate_request_parameters"));
  return Adapted{"AWS::ApiGateway::RequestValidator", p.build(ctx.values().location())};
}

// `authorization` is required by the provider ("NONE" for an open method), so
// AuthorizationType is always written as the configuration says.
std::optional<Adapted> adapt_api_gateway_method(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.set("RestApiId", ctx.reference_or_value("rest_api_id", kRestApi));
  p.set("ResourceId", ctx.reference_or_value("resource_id", "aws_api_gateway_resource"));
  p.copy("HttpMethod", ctx.attribute("http_method"))
      .copy("AuthorizationType", ctx.attribute("authorization"))
      .copy("AuthorizerId", unless_empty(ctx.attribute("authorizer_id")))
      .copy("AuthorizationScopes", ctx.attribute("authorization_scopes"))
      .copy("ApiKeyRequired", ctx.attribute("api_key_required"))
      .copy("RequestValidatorId", unless_empty(ctx.attribute("request_validator_id")));
  p.set("MethodResponses", method_responses(ctx));
  return Adapted{"AWS::ApiGateway::Method", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_api_gateway_stage(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.set("RestApiId", ctx.reference_or_value("rest_api_id", kRestApi));
  p.copy("StageName", ctx.attribute("stage_name"))
      .copy("DeploymentId", ctx.attribute("deployment_id"))
      .copy("TracingEnabled", ctx.attribute("xray_tracing_enabled"))
      .copy("CacheClusterEnabled", ctx.attribute("cache_cluster_enabled"))
      .copy("ClientCertificateId", unless_empty(ctx.attribute("client_certificate_id")));
  p.set("AccessLogSetting", access_log_setting(ctx));
  p.set("MethodSettings", method_settings(ctx));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::ApiGateway::Stage", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
