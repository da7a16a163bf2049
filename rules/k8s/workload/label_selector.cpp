#include "k8s/workload/label_selector.hpp"

#include <optional>
#include <string_view>

namespace infralint::rules::k8s::workload {

using model::Value;

namespace {
bool present(const Value* value) { return value != nullptr && !value->is_null(); }

// The pod's value for a label; nullopt when the pod does not carry it.
std::optional<std::string_view> label(const Value* labels, std::string_view key) {
  const Value* value = labels ? labels->find(key) : nullptr;
  if (!present(value) || !value->is_scalar()) return std::nullopt;
  return value->as_string();
}

bool listed(const Value& values, std::string_view wanted) {
  for (const Value& v : values.items())
    if (v.is_scalar() && v.as_string() == wanted) return true;
  return false;
}

// One matchExpressions requirement.
Selects requirement(const Value& expression, const Value* labels) {
  const Value* key = expression.find("key");
  const Value* op = expression.find("operator");
  if (!present(key) || !key->is_string() || !present(op) || !op->is_string()) return Selects::Unknown;
  const std::optional<std::string_view> actual = label(labels, key->as_string());
  const std::string_view name = op->as_string();
  if (name == "Exists") return actual ? Selects::Yes : Selects::No;
  if (name == "DoesNotExist") return actual ? Selects::No : Selects::Yes;
  const Value* values = expression.find("values");
  if (!present(values) || !values->is_array()) return Selects::Unknown;
  if (name == "In") return actual && listed(*values, *actual) ? Selects::Yes : Selects::No;
  if (name == "NotIn") return actual && listed(*values, *actual) ? Selects::No : Selects::Yes;
  return Selects::Unknown;
}
}  // namespace

Selects selects(const Value* selector, const Value* labels, bool empty_selects_all) {
  if (!present(selector)) return Selects::No;
  if (!selector->is_object() || (present(labels) && !labels->is_object())) return Selects::Unknown;
  const Value* match_labels = selector->find("matchLabels");
  const Value* match_expressions = selector->find("matchExpressions");
  if ((present(match_labels) && !match_labels->is_object()) ||
      (present(match_expressions) && !match_expressions->is_array()))
    return Selects::Unknown;
  if (match_labels == nullptr || match_labels->size() == 0)
    if (match_expressions == nullptr || match_expressions->size() == 0)
      return empty_selects_all ? Selects::Yes : Selects::No;

  bool unknown = false;
  if (match_labels != nullptr) {
    for (const model::Member& pair : match_labels->members()) {
      if (!pair.value.is_scalar()) {
        unknown = true;
        continue;
      }
      if (label(labels, pair.key) != std::optional(pair.value.as_string())) return Selects::No;
    }
  }
  if (match_expressions != nullptr) {
    for (const Value& expression : match_expressions->items()) {
      const Selects one = expression.is_object() ? requirement(expression, labels) : Selects::Unknown;
      if (one == Selects::No) return Selects::No;
      unknown = unknown || one == Selects::Unknown;
    }
  }
  return unknown ? Selects::Unknown : Selects::Yes;
}

}  // namespace infralint::rules::k8s::workload
