#include "terraform/plan_reader.hpp"

#include <unordered_map>
#include <unordered_set>

#include "terraform/addresses.hpp"
#include "terraform/plan_configuration.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform {

using model::Location;
using model::Member;
using model::Value;

namespace {

constexpr int kMaxDepth = 64;

std::string_view text_of(const Value* v) { return v != nullptr && v->is_string() ? v->as_string() : std::string_view(); }

struct Change {
  const Value* after_unknown = nullptr;
  bool delete_only = false;
};

std::unordered_map<std::string_view, Change> index_changes(const Value& plan) {
  std::unordered_map<std::string_view, Change> out;
  const Value* changes = plan.find("resource_changes");
  if (changes == nullptr) return out;
  for (const Value& rc : changes->items()) {
    const std::string_view address = text_of(rc.find("address"));
    if (address.empty()) continue;
    Change change;
    change.after_unknown = rc.at("/change/after_unknown");
    const Value* actions = rc.at("/change/actions");
    change.delete_only = actions != nullptr && actions->size() == 1 && text_of(&actions->items()[0]) == "delete";
    out.emplace(address, change);
  }
  return out;
}

// planned_values' modules, depth first in document order (root resources first, then
// each child module), iteratively.
std::vector<const Value*> planned_resources(const Value& plan) {
  std::vector<const Value*> out;
  const Value* root = plan.at("/planned_values/root_module");
  if (root == nullptr) root = plan.at("/values/root_module");  // a state-style document
  if (root == nullptr) return out;
  std::vector<std::pair<const Value*, int>> todo{{root, 0}};
  while (!todo.empty()) {
    auto [module, depth] = todo.back();
    todo.pop_back();
    if (const Value* resources = module->find("resources"))
      for (const Value& r : resources->items()) out.push_back(&r);
    if (depth >= kMaxDepth) continue;
    if (const Value* children = module->find("child_modules")) {
      const auto& items = children->items();
      for (auto it = items.rbegin(); it != items.rend(); ++it) todo.emplace_back(&*it, depth + 1);
    }
  }
  return out;
}

// Puts unknown markers (or references) where after_unknown says a value is not known
// yet, walking the values, after_unknown and the configuration expressions side by side.
class UnknownMerger {
 public:
  UnknownMerger(const PlanConfiguration& config, std::string_view address, Location fallback)
      : config_(config), address_(address), fallback_(fallback) {}

  void merge_top(Value& values, const Value& unknown, const Value* expressions) {
    for (const Member& u : unknown.members()) {
      const Value* expression = expressions != nullptr ? expressions->find(u.key) : nullptr;
      if (u.value.is_bool() && u.value.as_bool()) {
        // Unknown and not written in the configuration: computed by the provider.
        if (config_.present() && expressions != nullptr && expression == nullptr) continue;
        // A top-level value has no position of its own: the resource's address stands in.
        set_member(values, u.key, leaf(expression, fallback_));
      } else {
        merge(values, u.key, u.value, expression, 1);
      }
    }
  }

 private:
  Location location_of(const Value& v) const { return v.location().line != 0 ? v.location() : fallback_; }

  // The value an unknown leaf reads as: a reference when its expression names one
  // resource, the unknown marker otherwise.
  Value leaf(const Value* expression, Location at) const {
    if (expression != nullptr) {
      std::vector<PlanConfiguration::Target> targets = config_.targets(*expression, address_);
      if (targets.size() == 1) return reference_value(targets[0].address, targets[0].attribute, at);
    }
    return unknown_value(at);
  }

  static void set_member(Value& object, std::string_view key, Value v) {
    if (!object.is_object()) return;
    for (Member& m : object.members())
      if (m.key == key) {
        m.value = std::move(v);
        return;
      }
    const Location at = v.location();
    object.members().push_back(Member{std::string(key), at, std::move(v)});
  }

  void merge(Value& parent, std::string_view key, const Value& unknown, const Value* expression, int depth) {
    if (depth > kMaxDepth || !parent.is_object()) return;
    Value* child = nullptr;
    for (Member& m : parent.members())
      if (m.key == key) child = &m.value;
    if (child == nullptr) return;
    merge_value(*child, unknown, expression, depth);
  }

  void merge_value(Value& v, const Value& unknown, const Value* expression, int depth) {
    if (depth > kMaxDepth) return;
    if (unknown.is_array() && v.is_array()) {
      auto& items = v.items();
      for (std::size_t i = 0; i < unknown.size() && i < items.size(); ++i) {
        const Value& u = unknown.items()[i];
        const Value* e = expression != nullptr && expression->is_array() && i < expression->size()
                             ? &expression->items()[i]
                             : nullptr;
        if (u.is_bool() && u.as_bool()) {
          items[i] = leaf(e, location_of(v));
        } else {
          merge_value(items[i], u, e, depth + 1);
        }
      }
    } else if (unknown.is_object() && v.is_object()) {
      for (const Member& u : unknown.members()) {
        const Value* e = expression != nullptr ? expression->find(u.key) : nullptr;
        if (u.value.is_bool() && u.value.as_bool()) {
          set_member(v, u.key, leaf(e, location_of(v)));
        } else {
          merge(v, u.key, u.value, e, depth + 1);
        }
      }
    }
  }

  const PlanConfiguration& config_;
  std::string_view address_;
  Location fallback_;
};

}  // namespace

bool looks_like_plan(const Value& document) {
  if (!document.is_object()) return false;
  // Trimmed plans (made smaller by hand or by tools) may lose format_version; the
  // planned root module is still unmistakable.
  const Value* planned = document.at("/planned_values/root_module");
  if (planned != nullptr && planned->is_object()) return true;
  if (!document.find("format_version")) return false;
  const Value* state = document.at("/values/root_module");  // `terraform show -json` of a state
  return document.find("resource_changes") || (state != nullptr && state->is_object());
}

std::vector<TerraformResource> read_plan(const Value& plan) {
  const std::unordered_map<std::string_view, Change> changes = index_changes(plan);
  const std::vector<const Value*> planned = planned_resources(plan);
  std::unordered_set<std::string> addresses;
  for (const Value* r : planned)
    if (text_of(r->find("mode")) != "data") addresses.emplace(text_of(r->find("address")));
  const PlanConfiguration config(plan.find("configuration"), addresses);

  std::vector<TerraformResource> out;
  out.reserve(planned.size());
  for (const Value* r : planned) {
    const model::Member* address = r->find_member("address");
    if (address == nullptr || !address->value.is_string() || text_of(r->find("mode")) == "data") continue;
    auto change = changes.find(address->value.as_string());
    if (change != changes.end() && change->second.delete_only) continue;

    TerraformResource& res = out.emplace_back();
    res.address = std::string(address->value.as_string());
    res.type = std::string(text_of(r->find("type")));
    res.name = std::string(text_of(r->find("name")));
    res.location = address->key_location;
    res.type_location = address->key_location;
    const Value* values = r->find("values");
    res.values = values != nullptr && values->is_object() ? *values : Value::object({}, address->key_location);

    const Value* expressions = config.expressions(res.address);
    if (change != changes.end() && change->second.after_unknown != nullptr &&
        change->second.after_unknown->is_object()) {
      UnknownMerger merger(config, res.address, address->key_location);
      merger.merge_top(res.values, *change->second.after_unknown, expressions);
    }
    if (expressions == nullptr) continue;
    for (const Member& e : expressions->members())
      for (PlanConfiguration::Target& t : config.targets(e.value, res.address))
        if (t.address != res.address) res.add_reference(e.key, std::move(t.address));
    if (const Value* depends = r->find("depends_on"))
      for (const Value& d : depends->items())
        if (d.is_string()) res.other_references.emplace_back(d.as_string());
  }
  return out;
}

}  // namespace infralint::loaders::detail::terraform
