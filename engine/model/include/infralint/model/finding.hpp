// A finding, as every reporter sees it: self-contained, no pointers into the graph.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "infralint/model/level.hpp"

namespace infralint::model {

enum class FindingKind : std::uint8_t {
  Violation,        // the resource breaks the rule
  Unresolved,       // the rule could not decide (cdk-nag's validation failure)
  EvaluationError,  // the rule threw; reported, never swallowed
};

enum class SuppressionSource : std::uint8_t { CdkNagMetadata, InfralintMetadata, Config, Baseline };
std::string_view to_string(SuppressionSource source);  // "cdk_nag-metadata", ...

struct Suppression {
  SuppressionSource source;
  std::string reason;
};

struct Finding {
  std::string rule_id;  // public id: AwsSolutions-IAM5
  std::string pack;     // AwsSolutions
  Level level = Level::Error;
  FindingKind kind = FindingKind::Violation;
  std::string message;      // headline from the pack, plus the rule's detail
  std::string stack;        // stack name
  std::string resource_id;  // logical id / address
  std::string resource_type;
  std::string construct_path;  // "" when unknown
  std::string granular_id;     // "" unless the rule has several findings per resource
  std::string file;            // display path, '/' separators
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string pointer;  // JSON pointer of the offending value (or the resource)
  std::optional<Suppression> suppression;
  std::string fingerprint;  // stable across edits that move lines (see fingerprint.hpp)
};

// The one order every reporter shows: file, line, column, rule id, resource id,
// granular id.
bool finding_order(const Finding& a, const Finding& b);

// Sorts `findings` stably into finding_order. Cheap when they are sorted already (the
// usual case after the engine); otherwise it compares small integer keys and moves
// each finding once, instead of swapping whole findings through a merge sort.
void sort_in_finding_order(std::vector<Finding>& findings);

}  // namespace infralint::model
