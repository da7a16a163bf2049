// Marks findings as suppressed: cdk-nag's metadata, infralint's metadata and
// annotations, config entries and baselines. A suppressed finding is kept.
#pragma once

#include <string>
#include <vector>

#include "infralint/engine/config.hpp"
#include "infralint/model/finding.hpp"
#include "infralint/model/graph.hpp"

namespace infralint::engine {

// Applies in-source and config suppressions to `findings` (which came from
// evaluate() over `graph`). Returns findings about the suppressions themselves: an
// entry without a reason (or, for cdk_nag, one shorter than cdk-nag's 10
// characters) or with a malformed applies_to regex is reported, not honoured.
std::vector<model::Finding> apply_suppressions(const model::Graph& graph, const Config& config,
                                               std::vector<model::Finding>& findings);

// Baselines: one fingerprint per line, '#' comments allowed.
struct Baseline {
  std::vector<std::string> fingerprints;  // sorted, unique
  bool contains(const std::string& fingerprint) const;
};
std::optional<Baseline> read_baseline(const std::string& path, std::string& error);
// The unsuppressed findings' fingerprints, sorted, with a header comment.
std::string write_baseline(const std::vector<model::Finding>& findings);
// Marks findings whose fingerprint is in the baseline (source Baseline).
void apply_baseline(const Baseline& baseline, std::vector<model::Finding>& findings);

}  // namespace infralint::engine
