// IAM: roles, users and groups with their inline policies and the managed policies
// attached to them by separate resources (folded into ManagedPolicyArns), customer
// managed policies (aws_iam_policy as AWS::IAM::ManagedPolicy), and the separate
// inline policy resources (aws_iam_{role,user,group}_policy as AWS::IAM::Policy, so a
// wildcard is reported on the Terraform resource that grants it).
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/policy_json.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// The policies attached to this identity: its own list (a role's
// managed_policy_arns), then each attachment resource naming it by reference or name.
Value managed_policy_arns(const AdapterContext& ctx, std::string_view own_list, std::string_view attachment_type,
                          std::string_view attachment_attribute, std::string_view shared_attribute) {
  Value::Array arns;
  const Value* own = own_list.empty() ? nullptr : ctx.attribute(own_list);
  if (own != nullptr && !own->is_array()) return *own;  // unknown
  if (own != nullptr) arns = own->items();
  for (const TerraformResource* a : ctx.satellites(attachment_type, attachment_attribute, "name"))
    if (const Value* arn = attribute(&a->values, "policy_arn")) arns.push_back(*arn);
  // aws_iam_policy_attachment attaches one policy to lists of roles, users and groups.
  for (const TerraformResource* a : ctx.satellites("aws_iam_policy_attachment", shared_attribute, "name"))
    if (const Value* arn = attribute(&a->values, "policy_arn")) arns.push_back(*arn);
  if (own == nullptr && arns.empty()) return Value();
  return Value::array(std::move(arns), own != nullptr ? own->location() : ctx.location());
}

// inline_policy blocks; the provider shows one without a policy for a role that has none.
Value inline_policies(const AdapterContext& ctx) {
  const Value* list = ctx.attribute("inline_policy");
  if (list == nullptr) return Value();
  if (is_unknown(*list)) return *list;
  Value::Array out;
  for (const Value* block : blocks(&ctx.values(), "inline_policy")) {
    const Value* policy = attribute(block, "policy");
    if (policy == nullptr || (policy->is_string() && policy->as_string().empty())) continue;
    ObjectBuilder p;
    p.copy("PolicyName", attribute(block, "name"));
    if (std::optional<Value> document = parse_policy(policy)) p.set("PolicyDocument", std::move(*document));
    out.push_back(p.build(block->location()));
  }
  if (out.empty()) return Value();
  return Value::array(std::move(out), list->location());
}

Adapted inline_policy_resource(const AdapterContext& ctx, std::string_view identity_attribute,
                               std::string_view identity_type, std::string_view identities_key) {
  ObjectBuilder p;
  p.copy("PolicyName", ctx.attribute("name"));
  if (std::optional<Value> document = parse_policy(ctx.attribute("policy"))) p.set("PolicyDocument", std::move(*document));
  const Value identity = ctx.reference_or_value(identity_attribute, identity_type);
  p.set(std::string(identities_key), list_of(identity.is_null() ? nullptr : &identity));
  return Adapted{"AWS::IAM::Policy", p.build(ctx.values().location())};
}

}  // namespace

std::optional<Adapted> adapt_iam_role(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("RoleName", ctx.attribute("name"));
  if (std::optional<Value> trust = parse_policy(ctx.attribute("assume_role_policy")))
    p.set("AssumeRolePolicyDocument", std::move(*trust));
  p.copy("Description", ctx.attribute("description"))
      .copy("Path", ctx.attribute("path"))
      .copy("MaxSessionDuration", ctx.attribute("max_session_duration"))
      .copy("PermissionsBoundary", ctx.attribute("permissions_boundary"));
  p.set("Policies", inline_policies(ctx));
  p.set("ManagedPolicyArns",
        managed_policy_arns(ctx, "managed_policy_arns", "aws_iam_role_policy_attachment", "role", "roles"));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::IAM::Role", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_iam_user(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("UserName", ctx.attribute("name"))
      .copy("Path", ctx.attribute("path"))
      .copy("PermissionsBoundary", ctx.attribute("permissions_boundary"));
  p.set("ManagedPolicyArns", managed_policy_arns(ctx, {}, "aws_iam_user_policy_attachment", "user", "users"));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::IAM::User", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_iam_group(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("GroupName", ctx.attribute("name")).copy("Path", ctx.attribute("path"));
  p.set("ManagedPolicyArns", managed_policy_arns(ctx, {}, "aws_iam_group_policy_attachment", "group", "groups"));
  return Adapted{"AWS::IAM::Group", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_iam_policy(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("ManagedPolicyName", ctx.attribute("name"))
      .copy("Description", ctx.attribute("description"))
      .copy("Path", ctx.attribute("path"));
  if (std::optional<Value> document = parse_policy(ctx.attribute("policy"))) p.set("PolicyDocument", std::move(*document));
  return Adapted{"AWS::IAM::ManagedPolicy", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_iam_role_policy(const AdapterContext& ctx) {
  return inline_policy_resource(ctx, "role", "aws_iam_role", "Roles");
}
std::optional<Adapted> adapt_iam_user_policy(const AdapterContext& ctx) {
  return inline_policy_resource(ctx, "user", "aws_iam_user", "Users");
}
std::optional<Adapted> adapt_iam_group_policy(const AdapterContext& ctx) {
  return inline_policy_resource(ctx, "group", "aws_iam_group", "Groups");
}

}  // namespace infralint::loaders::detail::terraform::aws
