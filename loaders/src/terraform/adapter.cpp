#include "terraform/adapter.hpp"

#include <algorithm>

#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform {

using model::Value;

ResourceIndex::ResourceIndex(const std::vector<TerraformResource>& resources) {
  for (const TerraformResource& r : resources) {
    by_address_.emplace(r.address, &r);
    by_type_[r.type].push_back(&r);
  }
}

const TerraformResource* ResourceIndex::find(std::string_view address) const {
  auto it = by_address_.find(address);
  return it == by_address_.end() ? nullptr : it->second;
}

std::span<const TerraformResource* const> ResourceIndex::of_type(std::string_view type) const {
  auto it = by_type_.find(type);
  if (it == by_type_.end()) return {};
  return it->second;
}

std::vector<const TerraformResource*> ResourceIndex::configuring(const TerraformResource& target,
                                                                 std::string_view type, std::string_view attribute,
                                                                 const Value* key) const {
  std::vector<const TerraformResource*> out;
  const bool literal_key = key != nullptr && key->is_string() && !key->as_string().empty();
  for (const TerraformResource* candidate : of_type(type)) {
    const std::vector<std::string>& refs = candidate->references_of(attribute);
    bool match = std::find(refs.begin(), refs.end(), target.address) != refs.end();
    if (!match && literal_key && refs.empty()) {
      // A single name (bucket = "x"), or one of a list (roles = ["a", "x"]).
      const Value* v = terraform::attribute(&candidate->values, attribute);
      auto same = [&](const Value& item) { return item.is_string() && item.as_string() == key->as_string(); };
      match = v != nullptr && (same(*v) || (v->is_array() && std::any_of(v->items().begin(), v->items().end(), same)));
    }
    if (match) out.push_back(candidate);
  }
  return out;
}

const Value* AdapterContext::attribute(std::string_view name) const { return terraform::attribute(&resource_.values, name); }

Value AdapterContext::reference_or_value(std::string_view name, std::string_view target_type) const {
  const Value* written = attribute(name);
  const std::vector<std::string>& refs = resource_.references_of(name);
  const TerraformResource* target = refs.size() == 1 ? index_.find(refs[0]) : nullptr;
  if (target != nullptr && target->type == target_type)
    return ref_to(target->address, written != nullptr ? written->location() : location());
  return written != nullptr ? *written : Value();
}

std::vector<const TerraformResource*> AdapterContext::satellites(std::string_view type, std::string_view attribute,
                                                                 std::string_view key_attribute) const {
  return index_.configuring(resource_, type, attribute, this->attribute(key_attribute));
}

}  // namespace infralint::loaders::detail::terraform

// Every adapter function, declared from the list (each is defined in aws/<service>.cpp).
namespace infralint::loaders::detail::terraform::aws {
#define INFRALINT_TF_ADAPTER(terraform_type, function) std::optional<Adapted> function(const AdapterContext&);
#include "terraform/adapters.def"
#undef INFRALINT_TF_ADAPTER
}  // namespace infralint::loaders::detail::terraform::aws

namespace infralint::loaders::detail::terraform {

namespace {
struct Row {
  std::string_view type;
  Adapter adapter;
};
#define INFRALINT_TF_ADAPTER(terraform_type, function) Row{#terraform_type, &aws::function},
constexpr Row kAdapters[] = {
#include "terraform/adapters.def"
};
#undef INFRALINT_TF_ADAPTER
}  // namespace

Adapter find_adapter(std::string_view terraform_type) {
  // adapters.def is sorted (a test checks), so this is a binary search.
  const auto* it = std::lower_bound(std::begin(kAdapters), std::end(kAdapters), terraform_type,
                                    [](const Row& row, std::string_view t) { return row.type < t; });
  return it != std::end(kAdapters) && it->type == terraform_type ? it->adapter : nullptr;
}

std::vector<std::string_view> adapted_types() {
  std::vector<std::string_view> out;
  for (const Row& row : kAdapters) out.push_back(row.type);
  return out;
}

}  // namespace infralint::loaders::detail::terraform
