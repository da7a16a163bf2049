#include "display_path.hpp"

namespace infralint::loaders::detail {

namespace fs = std::filesystem;

DisplayPaths::DisplayPaths() {
  std::error_code ec;
  cwd_ = fs::current_path(ec);
}

std::string DisplayPaths::for_argument(std::string_view given) const {
  const fs::path path{std::string(given)};
  if (!cwd_.empty()) {
    const fs::path absolute = (path.is_absolute() ? path : cwd_ / path).lexically_normal();
    const fs::path relative = absolute.lexically_relative(cwd_);
    const std::string text = relative.generic_string();
    if (!relative.empty() && text != ".." && !text.starts_with("../")) {
      std::string out = text;
      while (out.size() > 1 && out.back() == '/') out.pop_back();
      return out.empty() ? "." : out;
    }
  }
  // Outside the current folder: as given, tidied (no "a/./b", no trailing '/').
  std::string out = path.lexically_normal().generic_string();
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out.empty() ? std::string(given) : out;
}

std::string join_display(std::string_view parent, std::string_view name) {
  if (parent.empty() || parent == ".") return std::string(name);
  std::string out(parent);
  if (out.back() != '/') out += '/';
  out += name;
  return out;
}

}  // namespace infralint::loaders::detail
