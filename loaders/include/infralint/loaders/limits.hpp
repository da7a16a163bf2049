// Limits that keep hostile input from exhausting the stack, memory or time.
// Exceeding one is a diagnostic for that file, never a crash. docs/limits.md lists
// them with the message a user sees, and the limits enforced elsewhere.
#pragma once

#include <cstddef>

namespace infralint::loaders {

struct Limits {
  std::size_t max_file_bytes = 512u << 20;   // larger files are refused
  std::size_t max_depth = 512;               // nesting of arrays/objects
  std::size_t max_nodes = 50'000'000;        // values per document, aliases expanded
  std::size_t max_string_bytes = 64u << 20;  // one string or key
  // Values that copies may add per file: YAML anchors and aliases, and a CDK parent
  // stack's parameter values put in place of their Refs in a nested template. Copies
  // multiply a small text into a huge tree (the "billion laughs"); real templates
  // copy a few blocks.
  std::size_t max_alias_nodes = 1'000'000;
};

}  // namespace infralint::loaders
