#include "infralint/model/level.hpp"

#include "infralint/model/finding.hpp"

#include <tuple>

namespace infralint::model {

std::string_view to_string(Level level) {
  switch (level) {
    case Level::Note: return "note";
    case Level::Warning: return "warning";
    case Level::Error: return "error";
  }
  return "error";
}

std::optional<Level> parse_level(std::string_view text) {
  if (text == "note" || text == "info") return Level::Note;
  if (text == "warning") return Level::Warning;
  if (text == "error") return Level::Error;
  return std::nullopt;
}

std::string_view to_string(SuppressionSource source) {
  switch (source) {
    case SuppressionSource::CdkNagMetadata: return "cdk_nag-metadata";
    case SuppressionSource::InfralintMetadata: return "infralint-metadata";
    case SuppressionSource::Config: return "config";
    case SuppressionSource::Baseline: return "baseline";
  }
  return "config";
}

bool finding_order(const Finding& a, const Finding& b) {
  return std::tie(a.file, a.line, a.column, a.rule_id, a.resource_id, a.granular_id, a.stack) <
         std::tie(b.file, b.line, b.column, b.rule_id, b.resource_id, b.granular_id, b.stack);
}

}  // namespace infralint::model
