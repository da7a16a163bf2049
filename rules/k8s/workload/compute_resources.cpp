#include "k8s/workload/compute_resources.hpp"

#include <initializer_list>

#include "k8s/common/cluster_view.hpp"

namespace infralint::rules::k8s::workload {

using model::Value;

namespace {
bool sets(const Value* value) { return value != nullptr && !value->is_null(); }

// Some Container item of a LimitRange in the namespace names `name` under one of `fields`.
bool limit_range_names(const model::Resource& workload, std::string_view name,
                       std::initializer_list<std::string_view> fields) {
  for (const model::Resource* range : cluster_view(workload).in_namespace("LimitRange", namespace_of(workload))) {
    const Value* items = range->at("/spec/limits");
    if (items == nullptr) continue;
    for (const Value& item : items->items()) {
      const Value* type = item.find("type");
      if (type == nullptr || type->as_string() != "Container") continue;
      for (std::string_view field : fields)
        if (const Value* list = item.find(field); list && sets(list->find(name))) return true;
    }
  }
  return false;
}
}  // namespace

Presence quantity(const Value& owner, std::string_view list, std::string_view name, const Value*& culprit) {
  const Value* resources = owner.find("resources");
  if (!sets(resources)) return Presence::Missing;
  if (!resources->is_object()) {
    culprit = resources;
    return Presence::Unreadable;
  }
  const Value* quantities = resources->find(list);
  if (!sets(quantities)) return Presence::Missing;
  if (!quantities->is_object()) {
    culprit = quantities;
    return Presence::Unreadable;
  }
  return sets(quantities->find(name)) ? Presence::Set : Presence::Missing;
}

bool namespace_defaults_request(const model::Resource& workload, std::string_view name) {
  return limit_range_names(workload, name, {"defaultRequest", "default", "max", "min"});
}

bool namespace_defaults_limit(const model::Resource& workload, std::string_view name) {
  return limit_range_names(workload, name, {"default", "max"});
}

}  // namespace infralint::rules::k8s::workload
