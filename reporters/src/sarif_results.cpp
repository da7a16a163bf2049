// SARIF results: one per finding, pointing at the single line a reviewer should read.
#include <algorithm>
#include <numeric>

#include "findings_view.hpp"
#include "sarif_parts.hpp"
#include "uri.hpp"

namespace infralint::reporters::detail {
namespace {

// cdk-nag and infralint metadata live in the template itself; config and baseline
// entries live outside it.
std::string_view suppression_kind(model::SuppressionSource source) {
  switch (source) {
    case model::SuppressionSource::CdkNagMetadata:
    case model::SuppressionSource::InfralintMetadata:
      return "inSource";
    case model::SuppressionSource::Config:
    case model::SuppressionSource::Baseline:
      return "external";
  }
  return "external";
}

Json location(const model::Finding& f) {
  Json where = Json::object();
  if (!f.file.empty()) {
    where["physicalLocation"] = {
        {"artifactLocation", artifact_location(f.file)},
        // SARIF positions are 1-based; 0 means the loader did not know.
        {"region",
         {{"startLine", std::max<std::uint32_t>(1, f.line)}, {"startColumn", std::max<std::uint32_t>(1, f.column)}}},
    };
  }
  const std::string qualified = f.stack.empty() ? f.resource_id : f.stack + "/" + f.resource_id;
  where["logicalLocations"] = Json::array(
      {{{"name", json_text(f.resource_id)}, {"fullyQualifiedName", json_text(qualified)}, {"kind", "resource"}}});
  return where;
}

Json properties(const model::Finding& f) {
  Json bag = Json::object();
  if (!f.construct_path.empty()) bag["constructPath"] = json_text(f.construct_path);
  if (!f.granular_id.empty()) bag["granularId"] = json_text(f.granular_id);
  bag["kind"] = kind_name(f.kind);
  if (!f.resource_type.empty()) bag["resourceType"] = json_text(f.resource_type);
  return bag;
}

}  // namespace

Json artifact_location(std::string_view display_path) {
  ArtifactUri artifact = artifact_uri(display_path);
  Json out = {{"uri", std::move(artifact.uri)}};
  if (artifact.relative) out["uriBaseId"] = "%SRCROOT%";
  return out;
}

Json sarif_result(const model::Finding& f, const RuleTable& rules) {
  Json result = {{"ruleId", json_text(f.rule_id)}};
  if (const auto it = rules.index.find(f.rule_id); it != rules.index.end()) result["ruleIndex"] = it->second;
  result["level"] = model::to_string(f.level);
  result["message"] = {{"text", json_text(std::string(kind_prefix(f.kind)) + f.message)}};
  result["locations"] = Json::array({location(f)});
  if (!f.fingerprint.empty()) result["partialFingerprints"] = {{"infralint/v1", json_text(f.fingerprint)}};
  if (f.suppression) {
    result["suppressions"] = Json::array({{
        {"kind", suppression_kind(f.suppression->source)},
        {"justification", json_text(f.suppression->reason)},
        {"properties", {{"source", model::to_string(f.suppression->source)}}},
    }});
  }
  result["properties"] = properties(f);
  return result;
}

ResultSelection select_results(const std::vector<model::Finding>& findings, bool include_suppressed,
                               std::size_t max_results) {
  ResultSelection selection;
  for (const model::Finding* finding : in_report_order(findings))
    if (include_suppressed || !finding->suppression) selection.kept.push_back(finding);
  if (selection.kept.size() <= max_results) return selection;

  // Rank by severity without losing report order among equals, keep the top
  // `max_results`, then put those back in report order.
  std::vector<std::size_t> rank(selection.kept.size());
  std::iota(rank.begin(), rank.end(), std::size_t{0});
  const auto severity = [&](std::size_t i) {
    const model::Finding& f = *selection.kept[i];
    return std::pair(!f.suppression, static_cast<int>(f.level));
  };
  std::stable_sort(rank.begin(), rank.end(), [&](std::size_t a, std::size_t b) { return severity(a) > severity(b); });
  rank.resize(max_results);
  std::sort(rank.begin(), rank.end());

  std::vector<const model::Finding*> kept;
  kept.reserve(rank.size());
  for (const std::size_t i : rank) kept.push_back(selection.kept[i]);
  selection.left_out = selection.kept.size() - kept.size();
  selection.kept = std::move(kept);
  return selection;
}

}  // namespace infralint::reporters::detail
