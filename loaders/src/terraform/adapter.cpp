#include "terraform/adapter.hpp"

#include <algorithm>

#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform {

using model::Value;

namespace {
std::string key_of(std::string_view type, std::string_view attribute, std::string_view target) {
  std::string key;
  key.reserve(type.size() + attribute.size() + target.size() + 2);
  key.append(type).append(1, '\0').append(attribute).append(1, '\0').append(target);
  return key;
}

void add_unique(std::vector<const TerraformResource*>& list, const TerraformResource* r) {
  if (list.empty() || list.back() != r) list.push_back(r);
}
}  // namespace

ResourceIndex::ResourceIndex(const std::vector<TerraformResource>& resources) {
  for (const TerraformResource& r : resources) {
    by_address_.emplace(r.address, &r);
    by_type_[r.type].push_back(&r);
    for (const auto& [attribute, targets] : r.references)
      for (const std::string& target : targets) add_unique(by_reference_[key_of(r.type, attribute, target)], &r);
    // A literal names its parent only where no reference does: a single name
    // (bucket = "x"), or one of a list (roles = ["a", "x"]).
    for (const model::Member& m : r.values.members()) {
      if (!r.references_of(m.key).empty()) continue;
      if (m.value.is_string() && !m.value.as_string().empty())
        add_unique(by_literal_[key_of(r.type, m.key, m.value.as_string())], &r);
      if (m.value.is_array())
        for (const Value& item : m.value.items())
          if (item.is_string() && !item.as_string().empty())
            add_unique(by_literal_[key_of(r.type, m.key, item.as_string())], &r);
    }
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
  if (auto it = by_reference_.find(key_of(type, attribute, target.address)); it != by_reference_.end()) out = it->second;
  if (key != nullptr && key->is_string() && !key->as_string().empty())
    if (auto it = by_literal_.find(key_of(type, attribute, key->as_string())); it != by_literal_.end())
      out.insert(out.end(), it->second.begin(), it->second.end());
  // Reading order, as satellites were written: resources live in one vector.
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
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
