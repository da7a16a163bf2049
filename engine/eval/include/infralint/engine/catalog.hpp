// Rules and pack entries joined, and chosen for one scan.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "infralint/model/pack.hpp"
#include "infralint/model/report.hpp"
#include "infralint/model/rule.hpp"

namespace infralint::engine {

// One public rule ready to run: the pack entry and the rule logic it binds.
struct Binding {
  const model::PackEntry* entry = nullptr;
  const model::Rule* rule = nullptr;
  model::Level level = model::Level::Error;  // the entry's, or the config's override
};

class Catalog {
 public:
  // Throws std::invalid_argument when an entry names an unknown rule or two
  // entries share a public id.
  Catalog(std::span<const model::Rule* const> rules, std::span<const model::PackEntry> entries);

  std::span<const model::PackEntry> entries() const { return entries_; }
  const model::Rule* rule(std::string_view internal_id) const;
  const model::PackEntry* entry(std::string_view public_id) const;
  std::vector<std::string> pack_names() const;  // in first-seen order
  Binding bind(const model::PackEntry& entry) const;

  // The public description of a binding, for reporters.
  model::RuleInfo describe(const Binding& binding) const;

 private:
  std::span<const model::Rule* const> rules_;
  std::span<const model::PackEntry> entries_;
  std::unordered_map<std::string_view, const model::Rule*> rules_by_id_;
  std::unordered_map<std::string_view, const model::PackEntry*> entries_by_id_;
};

}  // namespace infralint::engine
