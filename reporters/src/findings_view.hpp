// What several reporters need to know about a findings list: the one order they
// show it in, its counts, and the words they use for levels and kinds.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "infralint/model/diagnostic.hpp"
#include "infralint/model/finding.hpp"
#include "infralint/model/report.hpp"

namespace infralint::reporters::detail {

inline constexpr std::string_view kToolName = "infralint";
inline constexpr std::string_view kInformationUri = "https://github.com/infralint/infralint";

// The findings in model::finding_order. Input is documented to be in that order
// already; sorting again (stably) makes every report independent of how the caller
// assembled the list.
std::vector<const model::Finding*> in_report_order(const std::vector<model::Finding>& findings);

// Counts for summaries. Level, pack and kind counts are of unsuppressed findings
// only; suppressed ones are counted apart, by suppression source.
struct Tally {
  std::array<std::size_t, 3> by_level{};  // indexed by model::Level
  std::map<std::string, std::size_t> by_pack;
  std::size_t unresolved = 0;
  std::size_t evaluation_errors = 0;
  std::size_t suppressed = 0;
  std::map<std::string, std::size_t> suppressed_by_source;

  std::size_t unsuppressed() const { return by_level[0] + by_level[1] + by_level[2]; }
  std::size_t at(model::Level level) const { return by_level[static_cast<std::size_t>(level)]; }
};
Tally tally(const std::vector<model::Finding>& findings);

// "violation", "unresolved", "evaluation-error": the kind as data (JSON, SARIF).
std::string_view kind_name(model::FindingKind kind);
// What a reader sees before the message so that an undecided rule never passes for
// a violation: "" for a violation, "could not evaluate: ", "evaluation error: ".
std::string_view kind_prefix(model::FindingKind kind);

// "error", "warning", "note".
std::string_view severity_name(model::Diagnostic::Severity severity);

bool has_error_diagnostics(const model::ScanSummary& summary);

// Sum of the phase timings, in milliseconds.
double total_milliseconds(const model::ScanSummary& summary);

}  // namespace infralint::reporters::detail
