// The command line, parsed into plain values. Parsing never exits or prints: errors
// come back as text for main() to report with exit status 2.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "infralint/model/level.hpp"

namespace infralint::cli {

enum class Format { Text, Json, Sarif, Junit, NagCsv, Markdown };
enum class Color { Auto, Always, Never };

struct Options {
  std::vector<std::string> paths;  // default "."
  Format format = Format::Text;
  bool format_given = false;
  std::string output;  // -o: the --format output goes here instead of stdout
  std::string sarif_file, junit_file, json_file;
  std::string sarif_category = "infralint/";
  bool sarif_suppressed = false;
  std::vector<std::string> packs;  // empty: the default for the inputs
  std::vector<std::string> only_rules, skip_rules;  // globs
  std::optional<model::Level> fail_on = model::Level::Error;  // nullopt: never
  std::string config;
  std::string baseline, write_baseline;
  int jobs = 0;
  bool list_rules = false;
  std::string explain;
  bool timings = false;
  bool follow_symlinks = false;  // follow links that lead outside the scanned folders
  Color color = Color::Auto;
  bool quiet = false, verbose = false, version = false, help = false;
};

struct ParseOutcome {
  Options options;
  std::string error;  // non-empty: a usage error
};

ParseOutcome parse_options(int argc, const char* const* argv);
std::string usage();

}  // namespace infralint::cli
