#include "findings_view.hpp"

#include <algorithm>

namespace infralint::reporters::detail {

std::vector<const model::Finding*> in_report_order(const std::vector<model::Finding>& findings) {
  std::vector<const model::Finding*> ordered;
  ordered.reserve(findings.size());
  for (const model::Finding& finding : findings) ordered.push_back(&finding);
  // The engine hands findings over in this order already; check before sorting.
  if (std::is_sorted(findings.begin(), findings.end(), model::finding_order)) return ordered;
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const model::Finding* a, const model::Finding* b) { return model::finding_order(*a, *b); });
  return ordered;
}

Tally tally(const std::vector<model::Finding>& findings) {
  Tally counts;
  for (const model::Finding& finding : findings) {
    if (finding.suppression) {
      ++counts.suppressed;
      ++counts.suppressed_by_source[std::string(model::to_string(finding.suppression->source))];
      continue;
    }
    ++counts.by_level[static_cast<std::size_t>(finding.level)];
    ++counts.by_pack[finding.pack];
    if (finding.kind == model::FindingKind::Unresolved) ++counts.unresolved;
    if (finding.kind == model::FindingKind::EvaluationError) ++counts.evaluation_errors;
  }
  return counts;
}

std::string_view kind_name(model::FindingKind kind) {
  switch (kind) {
    case model::FindingKind::Violation:
      return "violation";
    case model::FindingKind::Unresolved:
      return "unresolved";
    case model::FindingKind::EvaluationError:
      return "evaluation-error";
  }
  return "violation";
}

std::string_view kind_prefix(model::FindingKind kind) {
  switch (kind) {
    case model::FindingKind::Violation:
      return "";
    case model::FindingKind::Unresolved:
      return "could not evaluate: ";
    case model::FindingKind::EvaluationError:
      return "evaluation error: ";
  }
  return "";
}

std::string_view severity_name(model::Diagnostic::Severity severity) {
  switch (severity) {
    case model::Diagnostic::Severity::Error:
      return "error";
    case model::Diagnostic::Severity::Warning:
      return "warning";
    case model::Diagnostic::Severity::Note:
      return "note";
  }
  return "error";
}

bool has_error_diagnostics(const model::ScanSummary& summary) {
  return std::any_of(summary.diagnostics.begin(), summary.diagnostics.end(),
                     [](const model::Diagnostic& d) { return d.severity == model::Diagnostic::Severity::Error; });
}

double total_milliseconds(const model::ScanSummary& summary) {
  // The CLI measures the whole run as "total" (it includes what no phase covers);
  // without it, the phases add up.
  double total = 0;
  for (const model::Timing& timing : summary.timings) {
    if (timing.phase == "total") return timing.milliseconds;
    total += timing.milliseconds;
  }
  return total;
}

}  // namespace infralint::reporters::detail
