#include "aws/iam/policy.hpp"

#include "aws/common/cannot_validate.hpp"

namespace infralint::rules::aws::iam {

using model::Value;

js::Elements statements_of(const Value* document) {
  const Value* statements = js::get(document, "Statement");
  return js::Elements(statements);
}

namespace {
bool action_passes(const Value* action, const ActionTest& test) {
  if (test.star_counts && js::strict_equals(action, "*")) return true;
  return js::to_lower(js::string_receiver(action, "toLowerCase")) == test.lowered;
}
}  // namespace

bool covers_action(const Value* actions, const ActionTest& test) {
  if (actions != nullptr && actions->is_array()) {
    for (const Value& action : actions->items())
      if (action_passes(&action, test)) return true;
    return false;
  }
  return action_passes(actions, test);
}

bool principal_is_everyone(const Value* principal) {
  if (js::strict_equals(principal, "*")) return true;
  const Value* aws = js::get(principal, "AWS");
  if (aws != nullptr && aws->is_array()) {
    for (const Value& account : aws->items())
      if (js::strict_equals(&account, "*")) return true;
    return false;
  }
  return js::strict_equals(aws, "*");
}

bool denies_insecure_transport(const Value* statement, const ActionTest& actions) {
  const Value* secure_transport =
      js::get_optional(js::get_optional(js::get_optional(statement, "Condition"), "Bool"), "aws:SecureTransport");
  return js::strict_equals(js::get(statement, "Effect"), "Deny") &&
         covers_action(js::get(statement, "Action"), actions) &&
         principal_is_everyone(js::get(statement, "Principal")) &&
         (js::strict_equals(secure_transport, "false") || js::is_false(secure_transport));
}

}  // namespace infralint::rules::aws::iam
