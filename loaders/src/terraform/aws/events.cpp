// EventBridge: the two Terraform ways of opening an event bus to other accounts, both
// as AWS::Events::EventBusPolicy. aws_cloudwatch_event_permission is CloudFormation's
// older form (Principal, Action, Condition with Key/Type/Value); aws_cloudwatch_event_bus_policy
// holds a whole policy document, of which CloudFormation's Statement property holds
// one statement.
#include "terraform/adapter.hpp"
#include "terraform/aws/block_fields.hpp"
#include "terraform/policy_json.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

bool is_text(const Value* v, std::string_view text) { return v != nullptr && v->is_string() && v->as_string() == text; }

// "*", {"AWS": "*"} or {"AWS": [..., "*", ...]}.
bool names_everyone(const Value* principal) {
  if (is_text(principal, "*")) return true;
  const Value* aws = attribute(principal, "AWS");
  if (aws != nullptr && aws->is_array()) {
    for (const Value& item : aws->items())
      if (is_text(&item, "*")) return true;
    return false;
  }
  return is_text(aws, "*");
}

// Allows every principal with no condition: the statement a reviewer must see first.
bool is_open(const Value& statement) {
  const Value* condition = attribute(&statement, "Condition");
  return is_text(attribute(&statement, "Effect"), "Allow") && names_everyone(attribute(&statement, "Principal")) &&
         (condition == nullptr || (condition->is_object() && condition->members().empty()));
}

// A statement the rule cannot judge, standing for an unknown policy or statement: Allow
// with no Principal stops the rule undecided. ("Allow" is not read from the plan; it is
// marked Unresolved, and placed at the unknown value.)
Value undecidable_statement(const Value& unknown) {
  Value allow = Value::string("Allow", unknown.location());
  allow.set_origin(model::Origin::Unresolved);
  return ObjectBuilder().set("Effect", std::move(allow)).build(unknown.location());
}

// The one statement CloudFormation's Statement property can hold: of a policy with
// several, the first open one, else the first unknown one, else the first. As with
// several CIDRs in a security group rule, what the rule would report is what is kept.
Value statement_of(const Value& document) {
  const Value* statements = attribute(&document, "Statement");
  if (statements == nullptr) return Value();
  if (is_unknown(*statements)) return undecidable_statement(*statements);
  if (!statements->is_array()) return *statements;
  const Value* unknown = nullptr;
  for (const Value& s : statements->items()) {
    if (is_open(s)) return s;
    if (unknown == nullptr && is_unknown(s)) unknown = &s;
  }
  if (unknown != nullptr) return undecidable_statement(*unknown);
  if (statements->items().empty()) return Value();
  return statements->items().front();
}

}  // namespace

std::optional<Adapted> adapt_cloudwatch_event_bus_policy(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.set("EventBusName", ctx.reference_or_value("event_bus_name", "aws_cloudwatch_event_bus"));
  if (std::optional<Value> document = parse_policy(ctx.attribute("policy"))) {
    p.set("Statement", statement_of(*document));
  }
  return Adapted{"AWS::Events::EventBusPolicy", p.build(ctx.values().location())};
}

// action left out is the provider's documented default, events:PutEvents.
std::optional<Adapted> adapt_cloudwatch_event_permission(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.set("EventBusName", ctx.reference_or_value("event_bus_name", "aws_cloudwatch_event_bus"));
  p.copy("StatementId", ctx.attribute("statement_id")).copy("Principal", ctx.attribute("principal"));
  // A permission is an Allow statement; with its principal unknown the rule, which
  // takes an intrinsic Principal for "not everyone", is given that statement without a
  // principal, which it cannot judge.
  if (const Value* principal = ctx.attribute("principal"); principal != nullptr && is_unknown(*principal))
    p.set("Statement", undecidable_statement(*principal));
  if (const Value* action = unless_empty(ctx.attribute("action"))) {
    p.copy("Action", action);
  } else {
    Value put = Value::string("events:PutEvents", ctx.location());
    put.set_origin(model::Origin::Defaulted);
    p.set("Action", std::move(put));
  }
  if (const Value* condition = single_block(&ctx.values(), "condition")) {
    p.set("Condition", ObjectBuilder()
                           .copy("Key", field(condition, "key"))
                           .copy("Type", field(condition, "type"))
                           .copy("Value", field(condition, "value"))
                           .build(condition->location()));
  }
  return Adapted{"AWS::Events::EventBusPolicy", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
