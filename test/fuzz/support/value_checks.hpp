// Properties every tree a reader hands out must have, whatever bytes went in. The
// fuzz targets abort (a libFuzzer crash) when one fails, so a reader that builds a
// tree it should have refused is found, not only one that crashes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "infralint/model/value.hpp"

namespace infralint::fuzz {

// Aborts with `what` on stderr. Used instead of assert(): the fuzz preset is a Debug
// build, but the replay under CTest may be a release one.
[[noreturn]] void fail(std::string_view what);
inline void require(bool ok, std::string_view what) {
  if (!ok) fail(what);
}

// Every string and key is valid UTF-8 (reporters rely on it), every position lies
// inside the text (line 1..`lines`), and nothing nests deeper than `max_depth`.
void check_tree(const model::Value& root, std::uint32_t lines, std::size_t max_depth);

// Number of lines of `text` as the readers count them (line breaks + 1).
std::uint32_t line_count(std::string_view text);

// The tree written back as JSON text (numbers as their source text), so that a JSON
// reader's result can be read again and compared.
std::string to_json(const model::Value& value);

}  // namespace infralint::fuzz
