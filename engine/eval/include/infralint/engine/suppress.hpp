// Marks findings as suppressed: cdk-nag's metadata, infralint's metadata and
// annotations, config entries and baselines. A suppressed finding is kept.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "infralint/engine/config.hpp"
#include "infralint/model/finding.hpp"
#include "infralint/model/graph.hpp"
#include "infralint/model/report.hpp"

namespace infralint::engine {

// Applies in-source and config suppressions to `findings` (which came from
// evaluate() over `graph`). Returns findings about the suppressions themselves: an
// entry without a reason (or, for cdk_nag, one shorter than cdk-nag's 10
// characters) or with a malformed applies_to regex is reported, not honoured.
//
// Order: a resource's cdk_nag entries, then the template's (first match wins, as in
// cdk-nag); then infralint's metadata, resource before template; then a Kubernetes
// object's infralint.io/suppress annotations, the object's before its pod
// template's (source infralint-metadata); then the config's entries. A finding
// already suppressed is left as it is.
std::vector<model::Finding> apply_suppressions(const model::Graph& graph, const Config& config,
                                               std::vector<model::Finding>& findings);

// The rule id (pack "infralint", level Error) of the findings apply_suppressions returns.
inline constexpr std::string_view kInvalidSuppressionRuleId = "infralint-invalid-suppression";
inline constexpr std::string_view kInvalidSuppressionPack = "infralint";

// Marks as Suppressed each verdict whose findings (same rule, stack, resource, file)
// are all suppressed, with the first one's reason. Call after suppressions and baseline.
void apply_to_verdicts(const std::vector<model::Finding>& findings, std::vector<model::Verdict>& verdicts);

// Baselines: one fingerprint per line, '#' comments allowed.
struct Baseline {
  std::vector<std::string> fingerprints;  // sorted, unique
  std::string source;                     // the file it was read from, for the reason
  bool contains(const std::string& fingerprint) const;
};
// A line that is not 16 lowercase hex digits is an error naming the line.
std::optional<Baseline> read_baseline(const std::string& path, std::string& error);
// The unsuppressed findings' fingerprints, sorted, with a header comment.
std::string write_baseline(const std::vector<model::Finding>& findings);
// Marks unsuppressed findings whose fingerprint is in the baseline (source Baseline,
// reason "in baseline <source>").
void apply_baseline(const Baseline& baseline, std::vector<model::Finding>& findings);

}  // namespace infralint::engine
