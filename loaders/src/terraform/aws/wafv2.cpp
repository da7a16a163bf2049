// WAFv2: aws_wafv2_web_acl_association as AWS::WAFv2::WebACLAssociation. The rule on
// REST API stages (AwsSolutions-APIG3) recognises an association by a ResourceArn that
// mentions the API and then the stage, as CloudFormation's
// !Sub arn:...:/restapis/${Api}/stages/${Stage} does. Terraform writes
// `resource_arn = aws_api_gateway_stage.x.arn`, which names the stage alone, so such an
// ARN is spelled out the way CloudFormation builds it, from the stage's own API.
#include <string>

#include "terraform/adapter.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Location;
using model::Member;
using model::Value;

namespace {

// {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":apigateway:", {"Ref":
// "AWS::Region"}, "::/restapis/", <api>, "/stages/", {"Ref": <stage>}]]}.
Value stage_arn(const TerraformResource& stage, const ResourceIndex& index, Location at) {
  const AdapterContext stage_ctx(stage, index);
  Value api = stage_ctx.reference_or_value("rest_api_id", "aws_api_gateway_rest_api");
  if (api.is_null()) api = unknown_value(at);
  Value::Array parts;
  parts.push_back(Value::string("arn:", at));
  parts.push_back(ref_to("AWS::Partition", at));
  parts.push_back(Value::string(":apigateway:", at));
  parts.push_back(ref_to("AWS::Region", at));
  parts.push_back(Value::string("::/restapis/", at));
  parts.push_back(std::move(api));
  parts.push_back(Value::string("/stages/", at));
  parts.push_back(ref_to(stage.address, at));
  Value::Array args{Value::string("", at), Value::array(std::move(parts), at)};
  return Value::object({Member{"Fn::Join", at, Value::array(std::move(args), at)}}, at);
}

}  // namespace

std::optional<Adapted> adapt_wafv2_web_acl_association(const AdapterContext& ctx) {
  ObjectBuilder p;
  const Value* written = ctx.attribute("resource_arn");
  const std::vector<std::string>& refs = ctx.resource().references_of("resource_arn");
  const TerraformResource* target = refs.size() == 1 ? ctx.index().find(refs[0]) : nullptr;
  if (target != nullptr && target->type == "aws_api_gateway_stage") {
    p.set("ResourceArn", stage_arn(*target, ctx.index(), written != nullptr ? written->location() : ctx.location()));
  } else {
    p.copy("ResourceArn", written);
  }
  p.copy("WebACLArn", ctx.attribute("web_acl_arn"));
  return Adapted{"AWS::WAFv2::WebACLAssociation", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
