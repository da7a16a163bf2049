// The `.infralint.yaml` config file.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "infralint/model/level.hpp"

namespace infralint::engine {

struct ConfigSuppression {
  std::string rule;      // public rule id or glob
  std::string resource;  // resource id glob ("*" when omitted)
  std::string path;      // file path glob ("*" when omitted)
  std::string reason;    // required
};

struct Config {
  std::vector<std::string> packs;          // empty: the default for the inputs
  std::vector<std::string> enable_rules;   // globs: only these (empty: all)
  std::vector<std::string> disable_rules;  // globs: never these
  std::map<std::string, model::Level> level_overrides;  // public id -> level
  std::vector<std::string> ignore_paths;   // path globs
  std::vector<ConfigSuppression> suppressions;
  std::map<std::string, std::string> required_tags;  // tag key -> RE2 pattern of allowed values
};

struct ConfigError {
  std::string file;
  unsigned line = 0;  // 1-based
  unsigned column = 0;
  std::string message;
};

// Parses the config; unknown keys and bad values are errors naming the line.
// Returns the config or the first error.
struct ConfigResult {
  std::optional<Config> config;
  std::optional<ConfigError> error;
};
ConfigResult parse_config(const std::string& text, const std::string& display_path);
ConfigResult load_config(const std::string& path);

}  // namespace infralint::engine
