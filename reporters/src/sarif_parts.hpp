// The pieces of a SARIF 2.1.0 log: rule descriptors, results, and their locations.
// Kept apart from the assembly so each can be read (and tested) on its own.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "infralint/model/finding.hpp"
#include "infralint/model/report.hpp"
#include "infralint/reporters/reporters.hpp"
#include "json_text.hpp"
#include "json_writer.hpp"
#include "uri.hpp"

namespace infralint::reporters::detail {

// GitHub code scanning rejects a run with more results than this.
inline constexpr std::size_t kMaxSarifResults = 25000;

// tool.driver.rules[] and where each rule id sits in it. Rules given by the caller
// come first, in their order; a finding whose rule is not among them gets a
// minimal descriptor appended (sorted by id), so every result's ruleIndex is valid.
struct RuleTable {
  Json descriptors = Json::array();
  std::unordered_map<std::string, std::size_t> index;
};
RuleTable sarif_rules(const std::vector<model::RuleInfo>& rules, const std::vector<model::Finding>& findings);

// A friendly PascalCase name for reportingDescriptor.name: from the title, else
// the internal rule id, else the public id ("S3 bucket does not log" -> "S3BucketDoesNotLog").
std::string rule_name(const model::RuleInfo& rule);
std::string help_text(const model::RuleInfo& rule);
std::string help_markdown(const model::RuleInfo& rule);
std::string_view security_severity(model::Level level);  // "8.0", "5.0", "3.0"

// {"uri": ..., "uriBaseId": "%SRCROOT%"} (no uriBaseId for an absolute path).
Json artifact_location(std::string_view display_path);

// Artifact URIs of the files findings name, computed once per run of equal paths;
// `scratch` is a buffer the result writer reuses for composed strings.
class ArtifactUris {
 public:
  const ArtifactUri& of(std::string_view display_path);
  std::string scratch;

 private:
  std::string cached_path_;
  ArtifactUri last_;
  bool cached_ = false;
};

// One element of runs[0].results.
void write_result(JsonWriter& writer, const model::Finding& finding, const RuleTable& rules, ArtifactUris& uris);

// The findings that become results, in report order: suppressed ones only when
// asked; when more than `max_results` qualify, the most severe are kept (unsuppressed
// before suppressed, then error, warning, note; ties in report order).
struct ResultSelection {
  std::vector<const model::Finding*> kept;
  std::size_t left_out = 0;
};
ResultSelection select_results(const std::vector<model::Finding>& findings, bool include_suppressed,
                               std::size_t max_results);

// write_sarif with a chosen cap, so tests can exercise truncation cheaply.
std::string write_sarif_capped(const ReportInput& input, const SarifOptions& options, std::size_t max_results);

}  // namespace infralint::reporters::detail
