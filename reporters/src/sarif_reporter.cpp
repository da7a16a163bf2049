// SARIF 2.1.0 for GitHub code scanning: one run, rules, results, and an invocation
// that records unreadable inputs. Valid against the schema in third_party/sarif/.
#include <fmt/format.h>

#include "findings_view.hpp"
#include "infralint/reporters/reporters.hpp"
#include "sarif_parts.hpp"

namespace infralint::reporters {
namespace detail {
namespace {

Json driver(const ReportInput& input, Json descriptors) {
  Json tool = {{"name", kToolName}};
  if (!input.summary.tool_version.empty()) tool["semanticVersion"] = json_text(input.summary.tool_version);
  tool["informationUri"] = kInformationUri;
  tool["rules"] = std::move(descriptors);
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

  JsonWriter w(4096 + 1280 * selection.kept.size());
  w.begin_object();
  w.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  w.member("version", "2.1.0");
  w.key("runs").begin_array().begin_object();
  w.key("tool").begin_object().key("driver").value(driver(input, std::move(rules.descriptors))).end_object();
  w.key("automationDetails").begin_object().member("id", options.category).end_object();
  w.key("originalUriBaseIds")
      .value(Json{{"%SRCROOT%",
                 {{"description", {{"text", "The folder infralint scanned; result paths are relative to it."}}}}}});
  w.key("invocations").begin_array().value(invocation(input, selection, max_results)).end_array();
  // Results stream straight into the text: a large scan has tens of thousands.
  w.key("results").begin_array();
  ArtifactUris uris;
  for (const model::Finding* finding : selection.kept) write_result(w, *finding, rules, uris);
  w.end_array();
  w.end_object().end_array().end_object().raw("\n");
  return w.take();
}

}  // namespace detail

std::string write_sarif(const ReportInput& input, const SarifOptions& options) {
  return detail::write_sarif_capped(input, options, detail::kMaxSarifResults);
}

}  // namespace infralint::reporters
