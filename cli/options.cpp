#include "options.hpp"

#include <charconv>
#include <functional>
#include <map>
#include <string_view>

namespace infralint::cli {

namespace {

std::vector<std::string> split_commas(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    std::size_t comma = text.find(',');
    std::string_view part = text.substr(0, comma);
    if (!part.empty()) out.emplace_back(part);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return out;
}

std::optional<Format> parse_format(std::string_view v) {
  if (v == "text") return Format::Text;
  if (v == "json") return Format::Json;
  if (v == "sarif") return Format::Sarif;
  if (v == "junit") return Format::Junit;
  if (v == "nag-csv") return Format::NagCsv;
  if (v == "markdown") return Format::Markdown;
  return std::nullopt;
}

// A flag that takes a value: its handler returns an error message or "".
using ValueHandler = std::function<std::string(Options&, const std::string&)>;
// A flag without a value.
using SwitchHandler = std::function<void(Options&)>;

const std::map<std::string, ValueHandler, std::less<>>& value_flags() {
  static const std::map<std::string, ValueHandler, std::less<>> flags = {
      {"--format", [](Options& o, const std::string& v) -> std::string {
         auto f = parse_format(v);
         if (!f) return "--format takes text, json, sarif, junit or nag-csv (markdown with --list-rules), not '" + v + "'";
         o.format = *f;
         o.format_given = true;
         return "";
       }},
      {"--output", [](Options& o, const std::string& v) { o.output = v; return std::string(); }},
      {"--sarif", [](Options& o, const std::string& v) { o.sarif_file = v; return std::string(); }},
      {"--junit", [](Options& o, const std::string& v) { o.junit_file = v; return std::string(); }},
      {"--json", [](Options& o, const std::string& v) { o.json_file = v; return std::string(); }},
      {"--sarif-category", [](Options& o, const std::string& v) { o.sarif_category = v; return std::string(); }},
      {"--packs", [](Options& o, const std::string& v) -> std::string {
         o.packs = split_commas(v);
         return o.packs.empty() ? "--packs needs at least one pack name" : "";
       }},
      {"--rule", [](Options& o, const std::string& v) { o.only_rules.push_back(v); return std::string(); }},
      {"--skip-rule", [](Options& o, const std::string& v) { o.skip_rules.push_back(v); return std::string(); }},
      {"--fail-on", [](Options& o, const std::string& v) -> std::string {
         if (v == "never") {
           o.fail_on.reset();
           return "";
         }
         auto level = model::parse_level(v);
         if (!level || v == "info") return "--fail-on takes error, warning or never, not '" + v + "'";
         o.fail_on = level;
         return "";
       }},
      {"--config", [](Options& o, const std::string& v) { o.config = v; return std::string(); }},
      {"--baseline", [](Options& o, const std::string& v) { o.baseline = v; return std::string(); }},
      {"--write-baseline", [](Options& o, const std::string& v) { o.write_baseline = v; return std::string(); }},
      {"--jobs", [](Options& o, const std::string& v) -> std::string {
         int n = 0;
         auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
         if (ec != std::errc{} || end != v.data() + v.size() || n < 1 || n > 1024)
           return "--jobs takes a number of threads from 1 to 1024, not '" + v + "'";
         o.jobs = n;
         return "";
       }},
      {"--explain", [](Options& o, const std::string& v) { o.explain = v; return std::string(); }},
      {"--color", [](Options& o, const std::string& v) -> std::string {
         if (v == "auto") o.color = Color::Auto;
         else if (v == "always") o.color = Color::Always;
         else if (v == "never") o.color = Color::Never;
         else return "--color takes auto, always or never, not '" + v + "'";
         return "";
       }},
  };
  return flags;
}

const std::map<std::string, SwitchHandler, std::less<>>& switch_flags() {
  static const std::map<std::string, SwitchHandler, std::less<>> flags = {
      {"--sarif-suppressed", [](Options& o) { o.sarif_suppressed = true; }},
      {"--list-rules", [](Options& o) { o.list_rules = true; }},
      {"--timings", [](Options& o) { o.timings = true; }},
      {"--follow-symlinks", [](Options& o) { o.follow_symlinks = true; }},
      {"--quiet", [](Options& o) { o.quiet = true; }},
      {"--verbose", [](Options& o) { o.verbose = true; }},
      {"--version", [](Options& o) { o.version = true; }},
      {"--help", [](Options& o) { o.help = true; }},
  };
  return flags;
}

std::string long_name(std::string_view arg) {
  static const std::map<std::string_view, std::string_view> shorts = {
      {"-f", "--format"}, {"-o", "--output"}, {"-j", "--jobs"},   {"-q", "--quiet"},
      {"-v", "--verbose"}, {"-h", "--help"},  {"-V", "--version"},
  };
  auto it = shorts.find(arg);
  return std::string(it == shorts.end() ? arg : it->second);
}

}  // namespace

ParseOutcome parse_options(int argc, const char* const* argv) {
  ParseOutcome out;
  Options& o = out.options;
  bool only_paths = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (only_paths || arg.empty() || arg[0] != '-' || arg == "-") {
      o.paths.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_paths = true;
      continue;
    }
    std::string name = arg, value;
    bool has_inline_value = false;
    if (std::size_t eq = arg.find('='); arg.starts_with("--") && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_inline_value = true;
    }
    name = long_name(name);
    if (auto s = switch_flags().find(name); s != switch_flags().end()) {
      if (has_inline_value) {
        out.error = name + " takes no value";
        return out;
      }
      s->second(o);
      continue;
    }
    auto v = value_flags().find(name);
    if (v == value_flags().end()) {
      out.error = "unknown option '" + arg + "' (see --help)";
      return out;
    }
    if (!has_inline_value) {
      if (i + 1 >= argc) {
        out.error = name + " needs a value";
        return out;
      }
      value = argv[++i];
    }
    if (std::string err = v->second(o, value); !err.empty()) {
      out.error = err;
      return out;
    }
  }
  if (o.format == Format::Markdown && !o.list_rules) out.error = "--format markdown goes with --list-rules";
  if (o.paths.empty()) o.paths.push_back(".");
  return out;
}

std::string usage() {
  return R"(infralint: policy and compliance checks for CloudFormation, AWS CDK cloud assemblies
and other infrastructure templates.

usage: infralint [OPTIONS] [PATH ...]        PATH: file or folder (default ".")

output
  -f, --format FMT          text (default), json, sarif, junit or nag-csv (cdk-nag's
                            report layout), written to stdout
  -o, --output FILE         write the --format output to FILE instead of stdout
      --sarif FILE          also write SARIF 2.1.0 to FILE (likewise --junit, --json)
      --sarif-category ID   SARIF automationDetails.id (default "infralint/")
      --sarif-suppressed    include suppressed results in SARIF
      --timings             add phase durations to the text summary and JUnit
      --color WHEN          auto (default), always or never
  -q, --quiet               only errors on stderr
  -v, --verbose             also name skipped files on stderr

rules
      --packs LIST          comma list of packs, or "all" (default: AwsSolutions)
      --rule GLOB           only rules whose id matches (repeatable)
      --skip-rule GLOB      never rules whose id matches (repeatable)
      --list-rules          print the rule catalogue (--format text, json or markdown)
      --explain RULE        what a rule checks, why it matters and how to fix it

gate
      --fail-on LEVEL       error (default), warning or never: the lowest level that fails
      --config FILE         config file (default: .infralint.yaml here, if present)
      --baseline FILE       findings listed in FILE do not fail the run
      --write-baseline FILE write this run's unsuppressed findings' fingerprints to FILE
  -j, --jobs N              worker threads (default: all cores); output is the same for any N

input
      --follow-symlinks     follow symbolic links (and CDK manifest paths) that lead
                            outside the scanned folders; by default they are skipped

      --version, -h/--help

exit status: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or
config error, no input found, or an input that could not be read or parsed.
)";
}

}  // namespace infralint::cli
