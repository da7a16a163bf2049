#include "glob.hpp"

#include <algorithm>

namespace infralint::loaders::detail {

bool glob_match(std::string_view pattern, std::string_view path) {
  // Dynamic programming over (pattern position, path position): no recursion and no
  // exponential backtracking whatever the pattern.
  const std::size_t n = path.size();
  // std::string as a byte vector: GCC's -Wnull-dereference misfires on vector<char> here.
  std::string current(n + 1, '\0'), next(n + 1, '\0');
  current.front() = 1;
  std::size_t p = 0;
  while (p < pattern.size()) {
    std::fill(next.begin(), next.end(), '\0');
    if (pattern[p] == '*') {
      const bool across = p + 1 < pattern.size() && pattern[p + 1] == '*';
      // "**/" also matches no folder at all.
      const bool slash_after = across && p + 2 < pattern.size() && pattern[p + 2] == '/';
      bool reach = false;
      for (std::size_t i = 0; i <= n; ++i) {
        if (current[i]) reach = true;
        if (reach) next[i] = 1;
        if (i < n && !across && path[i] == '/') reach = false;
      }
      p += across ? 2 : 1;
      if (slash_after) {
        // Either consume the '/' normally (handled by the next step) or skip it here.
        std::string with_slash(n + 1, '\0');
        for (std::size_t i = 0; i < n; ++i)
          if (next[i] && path[i] == '/') with_slash[i + 1] = 1;
        for (std::size_t i = 0; i <= n; ++i) next[i] = static_cast<char>(with_slash[i] || current[i]);
        ++p;
      }
    } else {
      for (std::size_t i = 0; i < n; ++i)
        if (current[i] && (pattern[p] == '?' ? path[i] != '/' : pattern[p] == path[i])) next[i + 1] = 1;
      ++p;
    }
    current.swap(next);
  }
  return current[n] != 0;
}

bool is_ignored(const std::vector<std::string>& patterns, std::string_view display_path) {
  for (const std::string& pattern : patterns) {
    if (glob_match(pattern, display_path)) return true;
    if (pattern.find('/') == std::string::npos) {
      std::size_t start = 0;
      while (start <= display_path.size()) {
        const std::size_t slash = display_path.find('/', start);
        const std::string_view segment = display_path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
        if (glob_match(pattern, segment)) return true;
        if (slash == std::string_view::npos) break;
        start = slash + 1;
      }
    }
  }
  return false;
}

}  // namespace infralint::loaders::detail
