#include "infralint/rules/catalog.hpp"

#include <vector>

#include "src/packs.hpp"

namespace infralint::rules {

// Declares instance_of_<Class>() for every line of rules.def.
#define INFRALINT_RULE(Namespace, Class) \
  namespace Namespace {                  \
  const model::Rule& instance_of_##Class(); \
  }
#include "rules.def"
#undef INFRALINT_RULE

std::span<const model::Rule* const> all_rules() {
  static const std::vector<const model::Rule*> rules = {
#define INFRALINT_RULE(Namespace, Class) &Namespace::instance_of_##Class(),
#include "rules.def"
#undef INFRALINT_RULE
  };
  return rules;
}

std::span<const model::PackEntry> all_pack_entries() {
  static const std::vector<model::PackEntry> entries = [] {
    std::vector<model::PackEntry> all;
    for (auto pack : {packs::aws_solutions(), packs::k8s_pss_baseline(), packs::k8s_pss_restricted(),
                      packs::k8s_best_practices()})
      all.insert(all.end(), pack.begin(), pack.end());
    return all;
  }();
  return entries;
}

}  // namespace infralint::rules
