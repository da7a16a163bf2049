// The `.infralint.yaml` config file.
//
// Every key is optional; an empty file is a valid config. Unknown keys, values of the
// wrong type and bad values are errors naming the file, line, column and key.
//
//   packs: [AwsSolutions]          # packs to run (default: chosen from the inputs)
//   rules:
//     enable: ["AwsSolutions-S*"]  # globs: run only matching rule ids (default: all)
//     disable: ["*-IAM4"]          # globs: never run matching rule ids
//     levels:                      # per public rule id: error | warning | note
//       AwsSolutions-SQS3: warning
//   ignore_paths: ["fixtures/*"]   # display-path globs of inputs not to load
//   suppressions:                  # findings to mark suppressed (source: config)
//     - rule: AwsSolutions-S1      # required: rule id glob
//       resource: "LogsBucket*"    # resource id glob (default "*")
//       path: "cdk.out/*"          # file path glob, '/' separators (default "*")
//       reason: "access logs would log themselves"   # required, not blank
//   parameters:                    # policy parameters some rules read
//     required_tags:               # tag key -> RE2 pattern its value must match
//       CostCenter: "^[0-9]{4}$"   # (the pattern must compile)
//
// Globs: `*` matches any run of characters, `/` included; `?` matches one character.
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
