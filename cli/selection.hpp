// Which public rules run in this scan: packs from the command line, the config or
// the inputs, narrowed by --rule/--skip-rule and the config's enable/disable lists,
// with the config's level overrides applied.
#pragma once

#include <string>
#include <vector>

#include "infralint/engine/catalog.hpp"
#include "infralint/engine/config.hpp"
#include "infralint/model/graph.hpp"
#include "options.hpp"

namespace infralint::cli {

struct Selection {
  std::vector<engine::Binding> bindings;  // in catalogue order
  std::vector<std::string> packs;         // the packs chosen
  std::string error;                      // non-empty: a usage error (unknown pack)
};

Selection select_rules(const engine::Catalog& catalog, const Options& options,
                       const engine::Config& config, const model::Graph& graph);

}  // namespace infralint::cli
