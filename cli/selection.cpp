#include "selection.hpp"

#include <algorithm>

#include "infralint/engine/glob.hpp"

namespace infralint::cli {

namespace {

bool any_match(const std::vector<std::string>& globs, std::string_view id) {
  return std::any_of(globs.begin(), globs.end(), [&](const std::string& g) { return engine::glob_match(g, id); });
}

// The packs a scan runs when nobody chose: AwsSolutions for AWS inputs.
std::vector<std::string> default_packs(const model::Graph& graph) {
  std::vector<std::string> packs;
  for (const auto& stack : graph.stacks()) {
    if (stack->format != model::Format::Kubernetes &&
        std::find(packs.begin(), packs.end(), "AwsSolutions") == packs.end())
      packs.push_back("AwsSolutions");
  }
  if (packs.empty()) packs.push_back("AwsSolutions");
  return packs;
}

}  // namespace

Selection select_rules(const engine::Catalog& catalog, const Options& options,
                       const engine::Config& config, const model::Graph& graph) {
  Selection out;
  const std::vector<std::string> known = catalog.pack_names();
  std::vector<std::string> wanted = !options.packs.empty() ? options.packs
                                    : !config.packs.empty() ? config.packs
                                                            : default_packs(graph);
  if (std::find(wanted.begin(), wanted.end(), "all") != wanted.end()) wanted = known;
  for (const std::string& pack : wanted) {
    if (std::find(known.begin(), known.end(), pack) == known.end()) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      out.error = "unknown pack '" + pack + "' (known: " + list + ", all)";
      return out;
    }
  }
  out.packs = wanted;

  for (const model::PackEntry& entry : catalog.entries()) {
    if (std::find(wanted.begin(), wanted.end(), entry.pack) == wanted.end()) continue;
    const std::string_view id = entry.public_id;
    if (!options.only_rules.empty() && !any_match(options.only_rules, id)) continue;
    if (any_match(options.skip_rules, id)) continue;
    if (!config.enable_rules.empty() && !any_match(config.enable_rules, id)) continue;
    if (any_match(config.disable_rules, id)) continue;
    engine::Binding binding = catalog.bind(entry);
    if (auto level = config.level_overrides.find(std::string(id)); level != config.level_overrides.end())
      binding.level = level->second;
    out.bindings.push_back(binding);
  }
  return out;
}

}  // namespace infralint::cli
