#include "selection.hpp"

#include <algorithm>

#include "infralint/engine/glob.hpp"

namespace infralint::cli {

namespace {

bool any_match(const std::vector<std::string>& globs, std::string_view id) {
  return std::any_of(globs.begin(), globs.end(), [&](const std::string& g) { return engine::glob_match(g, id); });
}

// The packs a scan runs when nobody chose: AwsSolutions for AWS inputs (CloudFormation,
// CDK, Terraform), the Pod Security Standards baseline and the workload best
// practices for Kubernetes manifests, AwsSolutions when nothing was found. A default
// pack the catalogue does not hold is passed over, never an error: the user did not
// ask for it by name.
std::vector<std::string> default_packs(const engine::Catalog& catalog, const model::Graph& graph) {
  bool aws = false;
  bool kubernetes = false;
  for (const auto& stack : graph.stacks()) (stack->format == model::Format::Kubernetes ? kubernetes : aws) = true;
  if (!kubernetes) aws = true;
  std::vector<std::string_view> wanted;
  if (aws) wanted.push_back("AwsSolutions");
  if (kubernetes) wanted.insert(wanted.end(), {"K8s-PSS-Baseline", "K8s-BestPractices"});
  const std::vector<std::string> known = catalog.pack_names();
  std::vector<std::string> packs;
  for (std::string_view pack : wanted)
    if (std::find(known.begin(), known.end(), pack) != known.end()) packs.emplace_back(pack);
  return packs;
}

}  // namespace

Selection select_rules(const engine::Catalog& catalog, const Options& options,
                       const engine::Config& config, const model::Graph& graph) {
  Selection out;
  const std::vector<std::string> known = catalog.pack_names();
  std::vector<std::string> wanted = !options.packs.empty() ? options.packs
                                    : !config.packs.empty() ? config.packs
                                                            : default_packs(catalog, graph);
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
