// The document readers on their own, for tests, fuzzers and benchmarks.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "infralint/loaders/limits.hpp"
#include "infralint/model/value.hpp"

namespace infralint::loaders {

struct ParseError {
  std::uint32_t line = 0;  // 1-based; 0 when it concerns the whole input
  std::uint32_t column = 0;
  std::string message;
};

struct ParseResult {
  std::vector<model::Value> documents;  // one for JSON; one per YAML document
  std::optional<ParseError> error;      // set: documents must not be used
};

// Strict JSON (RFC 8259) with positions; a UTF-8 BOM is allowed.
ParseResult read_json(std::string_view text, std::uint32_t file_id, const Limits& limits = {});

// YAML, every document of the stream, CloudFormation short-form tags turned into
// their long form (!Ref x -> {"Ref": x}, !GetAtt a.b -> {"Fn::GetAtt": [a, b]}).
ParseResult read_yaml(std::string_view text, std::uint32_t file_id, const Limits& limits = {});

}  // namespace infralint::loaders
