#include "infralint/engine/catalog.hpp"

#include <algorithm>
#include <stdexcept>

namespace infralint::engine {

namespace {
constexpr std::string_view kHelpBase = "https://github.com/infralint/infralint/blob/main/docs/rules.md#";

// docs/rules.md titles each rule with its public id; the Markdown anchor of a heading
// is its lowercase text.
std::string anchor_of(std::string_view public_id) {
  std::string out(public_id);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return out;
}
}  // namespace

Catalog::Catalog(std::span<const model::Rule* const> rules, std::span<const model::PackEntry> entries)
    : rules_(rules), entries_(entries) {
  for (const model::Rule* rule : rules_) {
    if (!rule) throw std::invalid_argument("the rule list holds a null rule");
    std::string_view id = rule->meta().id;
    if (!rules_by_id_.emplace(id, rule).second)
      throw std::invalid_argument("two rules share the internal id '" + std::string(id) + "'");
  }
  for (const model::PackEntry& entry : entries_) {
    if (!rules_by_id_.contains(entry.rule_id))
      throw std::invalid_argument("pack entry '" + std::string(entry.public_id) + "' names unknown rule '" +
                                  std::string(entry.rule_id) + "'");
    if (!entries_by_id_.emplace(entry.public_id, &entry).second)
      throw std::invalid_argument("two pack entries share the public id '" + std::string(entry.public_id) + "'");
  }
}

const model::Rule* Catalog::rule(std::string_view internal_id) const {
  auto it = rules_by_id_.find(internal_id);
  return it == rules_by_id_.end() ? nullptr : it->second;
}

const model::PackEntry* Catalog::entry(std::string_view public_id) const {
  auto it = entries_by_id_.find(public_id);
  return it == entries_by_id_.end() ? nullptr : it->second;
}

std::vector<std::string> Catalog::pack_names() const {
  std::vector<std::string> names;
  for (const model::PackEntry& entry : entries_)
    if (std::find(names.begin(), names.end(), entry.pack) == names.end()) names.emplace_back(entry.pack);
  return names;
}

Binding Catalog::bind(const model::PackEntry& entry) const {
  return Binding{&entry, rule(entry.rule_id), entry.level};
}

model::RuleInfo Catalog::describe(const Binding& binding) const {
  model::RuleInfo info;
  if (!binding.entry) return info;
  const model::PackEntry& entry = *binding.entry;
  info.id = entry.public_id;
  info.pack = entry.pack;
  info.rule = entry.rule_id;
  info.level = binding.level;
  info.message = entry.message;
  info.help_uri = std::string(kHelpBase) + anchor_of(entry.public_id);
  const model::Rule* logic = binding.rule ? binding.rule : rule(entry.rule_id);
  if (logic) {
    const model::RuleMeta& meta = logic->meta();
    info.title = meta.title;
    info.what = meta.what;
    info.why = meta.why;
    info.fix_cfn = meta.fix_cfn;
    info.fix_cdk = meta.fix_cdk;
    info.cdk_nag_quirks = meta.cdk_nag_quirks;
    for (std::string_view type : meta.resource_types) info.resource_types.emplace_back(type);
  }
  return info;
}

}  // namespace infralint::engine
