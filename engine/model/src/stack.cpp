#include "infralint/model/stack.hpp"

namespace infralint::model {

const Value& Stack::section(std::string_view key) const {
  static const Value kNull;
  const Value* v = root.find(key);
  return v ? *v : kNull;
}

const Resource* Stack::find(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &resources[it->second];
}

std::span<const Resource* const> Stack::of_type(std::string_view type) const {
  auto it = by_type_.find(type);
  if (it == by_type_.end()) return {};
  return it->second;
}

void Stack::index() {
  by_id_.clear();
  by_type_.clear();
  by_id_.reserve(resources.size());
  for (std::size_t i = 0; i < resources.size(); ++i) {
    resources[i].stack = this;
    by_id_.emplace(resources[i].id, i);
    by_type_[resources[i].type].push_back(&resources[i]);
  }
}

}  // namespace infralint::model
