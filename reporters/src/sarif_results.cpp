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

void write_location(JsonWriter& w, const model::Finding& f, ArtifactUris& uris) {
  w.begin_object();
  if (!f.file.empty()) {
    const ArtifactUri& artifact = uris.of(f.file);
    w.key("physicalLocation").begin_object();
    w.key("artifactLocation").begin_object().member("uri", artifact.uri);
    if (artifact.relative) w.member("uriBaseId", "%SRCROOT%");
    w.end_object();
    // SARIF positions are 1-based; 0 means the loader did not know.
    w.key("region").begin_object();
    w.member("startLine", std::uint64_t{std::max<std::uint32_t>(1, f.line)});
    w.member("startColumn", std::uint64_t{std::max<std::uint32_t>(1, f.column)});
    w.end_object().end_object();
  }
  w.key("logicalLocations").begin_array().begin_object();
  w.member("name", f.resource_id);
  w.key("fullyQualifiedName");
  if (f.stack.empty()) {
    w.string(f.resource_id);
  } else {
    uris.scratch.assign(f.stack).append("/").append(f.resource_id);
    w.string(uris.scratch);
  }
  w.member("kind", "resource");
  w.end_object().end_array().end_object();
}

void write_properties(JsonWriter& w, const model::Finding& f) {
  w.begin_object();
  if (!f.construct_path.empty()) w.member("constructPath", f.construct_path);
  if (!f.granular_id.empty()) w.member("granularId", f.granular_id);
  w.member("kind", kind_name(f.kind));
  if (!f.resource_type.empty()) w.member("resourceType", f.resource_type);
  w.end_object();
}

}  // namespace

const ArtifactUri& ArtifactUris::of(std::string_view display_path) {
  // Findings come grouped by file, so remembering the last one is enough.
  if (!cached_ || cached_path_ != display_path) {
    cached_path_.assign(display_path);
    last_ = artifact_uri(display_path);
    cached_ = true;
  }
  return last_;
}

Json artifact_location(std::string_view display_path) {
  ArtifactUri artifact = artifact_uri(display_path);
  Json out = {{"uri", std::move(artifact.uri)}};
  if (artifact.relative) out["uriBaseId"] = "%SRCROOT%";
  return out;
}

void write_result(JsonWriter& w, const model::Finding& f, const RuleTable& rules, ArtifactUris& uris) {
  w.begin_object();
  w.member("ruleId", f.rule_id);
  if (const auto it = rules.index.find(f.rule_id); it != rules.index.end()) w.member("ruleIndex", std::uint64_t{it->second});
  w.member("level", model::to_string(f.level));
  w.key("message").begin_object();
  uris.scratch.assign(kind_prefix(f.kind)).append(f.message);
  w.member("text", uris.scratch).end_object();
  w.key("locations").begin_array();
  write_location(w, f, uris);
  w.end_array();
  if (!f.fingerprint.empty()) w.key("partialFingerprints").begin_object().member("infralint/v1", f.fingerprint).end_object();
  if (f.suppression) {
    w.key("suppressions").begin_array().begin_object();
    w.member("kind", suppression_kind(f.suppression->source));
    w.member("justification", f.suppression->reason);
    w.key("properties").begin_object().member("source", model::to_string(f.suppression->source)).end_object();
    w.end_object().end_array();
  }
  w.key("properties");
  write_properties(w, f);
  w.end_object();
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
