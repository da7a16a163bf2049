// Glob patterns over display paths, for LoadOptions::ignore_globs: `*` matches within
// one path segment, `**` across segments, `?` one character. A pattern without '/'
// also matches any single segment (`node_modules`, `*.assets.json`).
#pragma once

#include <string_view>
#include <vector>
#include <string>

namespace infralint::loaders::detail {

bool glob_match(std::string_view pattern, std::string_view path);

// True when any of `patterns` matches `display_path`.
bool is_ignored(const std::vector<std::string>& patterns, std::string_view display_path);

}  // namespace infralint::loaders::detail
