// Turns yaml-cpp's marks (0-based line, byte column) into our 1-based locations with
// columns in code points, matching what the JSON reader reports.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "infralint/model/value.hpp"

namespace infralint::loaders::detail {

class LineIndex {
 public:
  LineIndex(std::string_view text, std::uint32_t file_id);

  // `line` and `byte_column` 0-based as yaml-cpp counts them; negative means unknown.
  model::Location locate(int line, int byte_column);

 private:
  std::string_view text_;
  std::uint32_t file_;
  std::vector<std::size_t> line_starts_;
  // Marks mostly arrive in text order, so the last answer is a good start for the
  // next: one long line of flow YAML then costs linear, not quadratic, time.
  int cached_line_ = -1;
  std::size_t cached_byte_ = 0;
  std::size_t cached_column_ = 0;
};

}  // namespace infralint::loaders::detail
