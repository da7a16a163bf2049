// infralint's own JSON: every field of every finding, the scan summary, the
// diagnostics and the rule catalogue, in a fixed key order. docs/json-schema.md
// documents it; bump schemaVersion when a field changes meaning or goes away.
#include <array>

#include "findings_view.hpp"
#include "infralint/reporters/reporters.hpp"
#include "json_text.hpp"
#include "utf8.hpp"

namespace infralint::reporters {
namespace {

using detail::Json;
using detail::json_text;

Json summary_json(const ReportInput& input) {
  const model::ScanSummary& s = input.summary;
  const detail::Tally counts = detail::tally(input.findings);
  Json by_pack = Json::object();
  for (const auto& [pack, count] : counts.by_pack) by_pack[detail::to_valid_utf8(pack)] = count;
  Json suppressed_by_source = Json::object();
  for (const auto& [source, count] : counts.suppressed_by_source) suppressed_by_source[source] = count;

  std::array<std::size_t, 3> diagnostics{};  // by severity: error, warning, note
  for (const model::Diagnostic& d : s.diagnostics) ++diagnostics[static_cast<std::size_t>(d.severity)];

  Json out = {
      {"files", s.files},
      {"stacks", s.stacks},
      {"resources", s.resources},
      {"rulesRun", s.rules_run},
      {"findings",
       {{"total", input.findings.size()},
        {"unsuppressed", counts.unsuppressed()},
        {"byLevel",
         {{"error", counts.at(model::Level::Error)},
          {"warning", counts.at(model::Level::Warning)},
          {"note", counts.at(model::Level::Note)}}},
        {"byPack", std::move(by_pack)},
        {"unresolved", counts.unresolved},
        {"evaluationErrors", counts.evaluation_errors},
        {"suppressed", counts.suppressed},
        {"suppressedBySource", std::move(suppressed_by_source)}}},
      {"diagnostics",
       {{"error", diagnostics[static_cast<std::size_t>(model::Diagnostic::Severity::Error)]},
        {"warning", diagnostics[static_cast<std::size_t>(model::Diagnostic::Severity::Warning)]},
        {"note", diagnostics[static_cast<std::size_t>(model::Diagnostic::Severity::Note)]}}},
  };
  if (!s.timings.empty()) {
    Json timings = Json::array();
    for (const model::Timing& t : s.timings)
      timings.push_back({{"phase", json_text(t.phase)}, {"milliseconds", t.milliseconds}});
    out["timings"] = std::move(timings);
  }
  return out;
}

Json finding_json(const model::Finding& f) {
  Json suppression = nullptr;
  if (f.suppression)
    suppression = {{"source", model::to_string(f.suppression->source)}, {"reason", json_text(f.suppression->reason)}};
  return {
      {"ruleId", json_text(f.rule_id)},
      {"pack", json_text(f.pack)},
      {"level", model::to_string(f.level)},
      {"kind", detail::kind_name(f.kind)},
      {"message", json_text(f.message)},
      {"stack", json_text(f.stack)},
      {"resourceId", json_text(f.resource_id)},
      {"resourceType", json_text(f.resource_type)},
      {"constructPath", json_text(f.construct_path)},
      {"granularId", json_text(f.granular_id)},
      {"file", json_text(f.file)},
      {"line", f.line},
      {"column", f.column},
      {"pointer", json_text(f.pointer)},
      {"suppression", std::move(suppression)},
      {"fingerprint", json_text(f.fingerprint)},
  };
}

Json diagnostic_json(const model::Diagnostic& d) {
  return {
      {"severity", detail::severity_name(d.severity)},
      {"file", json_text(d.file)},
      {"line", d.line},
      {"column", d.column},
      {"message", json_text(d.message)},
  };
}

Json rule_json(const model::RuleInfo& r) {
  Json types = Json::array();
  for (const std::string& type : r.resource_types) types.push_back(json_text(type));
  return {
      {"id", json_text(r.id)},
      {"pack", json_text(r.pack)},
      {"rule", json_text(r.rule)},
      {"level", model::to_string(r.level)},
      {"title", json_text(r.title)},
      {"message", json_text(r.message)},
      {"what", json_text(r.what)},
      {"why", json_text(r.why)},
      {"fixCloudFormation", json_text(r.fix_cfn)},
      {"fixCdk", json_text(r.fix_cdk)},
      {"resourceTypes", std::move(types)},
      {"helpUri", json_text(r.help_uri)},
  };
}

}  // namespace

std::string write_json(const ReportInput& input) {
  Json tool = {{"name", detail::kToolName},
               {"version", json_text(input.summary.tool_version)},
               {"informationUri", detail::kInformationUri}};
  Json findings = Json::array();
  for (const model::Finding* f : detail::in_report_order(input.findings)) findings.push_back(finding_json(*f));
  Json diagnostics = Json::array();
  for (const model::Diagnostic& d : input.summary.diagnostics) diagnostics.push_back(diagnostic_json(d));
  Json rules = Json::array();
  for (const model::RuleInfo& r : input.rules) rules.push_back(rule_json(r));

  const Json document = {
      {"schemaVersion", "1.0"},
      {"tool", std::move(tool)},
      {"summary", summary_json(input)},
      {"findings", std::move(findings)},
      {"diagnostics", std::move(diagnostics)},
      {"rules", std::move(rules)},
  };
  return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace infralint::reporters
