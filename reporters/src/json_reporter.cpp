// infralint's own JSON: every field of every finding, the scan summary, the
// diagnostics and the rule catalogue, in a fixed key order. docs/json-schema.md
// documents it; bump schemaVersion when a field changes meaning or goes away.
#include <array>

#include "findings_view.hpp"
#include "infralint/reporters/reporters.hpp"
#include "json_text.hpp"
#include "json_writer.hpp"
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

void write_finding(detail::JsonWriter& w, const model::Finding& f) {
  w.begin_object();
  w.member("ruleId", f.rule_id);
  w.member("pack", f.pack);
  w.member("level", model::to_string(f.level));
  w.member("kind", detail::kind_name(f.kind));
  w.member("message", f.message);
  w.member("stack", f.stack);
  w.member("resourceId", f.resource_id);
  w.member("resourceType", f.resource_type);
  w.member("constructPath", f.construct_path);
  w.member("granularId", f.granular_id);
  w.member("file", f.file);
  w.member("line", std::uint64_t{f.line});
  w.member("column", std::uint64_t{f.column});
  w.member("pointer", f.pointer);
  w.key("suppression");
  if (f.suppression) {
    w.begin_object();
    w.member("source", model::to_string(f.suppression->source));
    w.member("reason", f.suppression->reason);
    w.end_object();
  } else {
    w.null();
  }
  w.member("fingerprint", f.fingerprint);
  w.end_object();
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
  detail::JsonWriter w(8192 + 800 * input.findings.size());
  w.begin_object();
  w.member("schemaVersion", "1.0");
  w.key("tool").begin_object();
  w.member("name", detail::kToolName).member("version", input.summary.tool_version);
  w.member("informationUri", detail::kInformationUri).end_object();
  w.key("summary").value(summary_json(input));
  // Findings stream straight into the text: a large scan has tens of thousands.
  w.key("findings").begin_array();
  for (const model::Finding* f : detail::in_report_order(input.findings)) write_finding(w, *f);
  w.end_array();
  w.key("diagnostics").begin_array();
  for (const model::Diagnostic& d : input.summary.diagnostics) w.value(diagnostic_json(d));
  w.end_array();
  w.key("rules").begin_array();
  for (const model::RuleInfo& r : input.rules) w.value(rule_json(r));
  w.end_array();
  w.end_object().raw("\n");
  return w.take();
}

}  // namespace infralint::reporters
