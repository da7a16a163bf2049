// Paths as the user reads them in findings and diagnostics: relative to the current
// folder when inside it, '/' separators, no "./" prefix; otherwise as given.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace infralint::loaders::detail {

class DisplayPaths {
 public:
  DisplayPaths();
  // The display form of a path given on the command line ("." for the current folder).
  std::string for_argument(std::string_view given) const;

 private:
  std::filesystem::path cwd_;
};

// The display path of `name` inside the folder displayed as `parent`.
std::string join_display(std::string_view parent, std::string_view name);

}  // namespace infralint::loaders::detail
