// SARIF 2.1.0 for GitHub code scanning: one run, rules, results, and an invocation
// that records unreadable inputs. Valid against the schema in third_party/sarif/.
#include <fmt/format.h>

#include "findings_view.hpp"
#include "infralint/reporters/reporters.hpp"
#include "sarif_parts.hpp"

namespace infralint::reporters {
namespace detail {
namespace {

Json driver(const ReportInput& input, RuleTable rules) {
  Json tool = {{"name", kToolName}};
  if (!input.summary.tool_version.empty()) tool["semanticVersion"] = json_text(input.summary.tool_version);
  tool["informationUri"] = kInformationUri;
  tool["rules"] = std::move(rules.descriptors);
  return tool;
}

Json notification(const model::Diagnostic& d) {
  Json note = {{"level", severity_name(d.severity)}, {"message", {{"text", json_text(d.message)}}}};
  if (!d.file.empty()) {
    Json physical = {{"artifactLocation", artifact_location(d.file)}};
    if (d.line > 0) physical["region"] = {{"startLine", d.line}, {"startColumn", std::max<std::uint32_t>(1, d.column)}};
    note["locations"] = Json::array({{{"physicalLocation", std::move(physical)}}});
  }
  return note;
}

Json invocation(const ReportInput& input, const ResultSelection& selection, std::size_t max_results) {
  Json notifications = Json::array();
  for (const model::Diagnostic& diagnostic : input.summary.diagnostics)
    notifications.push_back(notification(diagnostic));
  if (selection.left_out > 0) {
    notifications.push_back({
        {"descriptor", {{"id", "infralint/results-truncated"}}},
        {"level", "warning"},
        {"message",
         {{"text", fmt::format("{} results were left out to stay within the limit of {} results per run; "
                               "the most severe were kept",
                               selection.left_out, max_results)}}},
    });
  }
  return {
      {"executionSuccessful", !has_error_diagnostics(input.summary)},
      {"toolExecutionNotifications", std::move(notifications)},
  };
}

}  // namespace

std::string write_sarif_capped(const ReportInput& input, const SarifOptions& options, std::size_t max_results) {
  RuleTable rules = sarif_rules(input.rules, input.findings);
  const ResultSelection selection = select_results(input.findings, options.include_suppressed, max_results);

  Json results = Json::array();
  for (const model::Finding* finding : selection.kept) results.push_back(sarif_result(*finding, rules));

  Json run = {
      {"tool", {{"driver", driver(input, std::move(rules))}}},
      {"automationDetails", {{"id", json_text(options.category)}}},
      {"originalUriBaseIds",
       {{"%SRCROOT%",
         {{"description", {{"text", "The folder infralint scanned; result paths are relative to it."}}}}}}},
      {"invocations", Json::array({invocation(input, selection, max_results)})},
      {"results", std::move(results)},
  };
  const Json log = {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", Json::array({std::move(run)})},
  };
  return log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace detail

std::string write_sarif(const ReportInput& input, const SarifOptions& options) {
  return detail::write_sarif_capped(input, options, detail::kMaxSarifResults);
}

}  // namespace infralint::reporters
