#include "scan.hpp"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>
#include <system_error>

#include "catalog_output.hpp"
#include "progress.hpp"
#include "infralint/engine/catalog.hpp"
#include "infralint/engine/config.hpp"
#include "infralint/engine/evaluate.hpp"
#include "infralint/engine/suppress.hpp"
#include "infralint/loaders/load.hpp"
#include "infralint/reporters/reporters.hpp"
#include "infralint/rules/catalog.hpp"
#include "selection.hpp"

namespace infralint::cli {

namespace {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Reports are written where asked, never through a symbolic link: CI writes them
// inside the checkout, where the change under review could have planted
// "infralint.sarif -> ~/.bashrc". Links under /dev and /proc (/dev/stdout, a shell's
// process substitution) are the exception: they name streams, not files.
bool write_file(const std::string& path, const std::string& bytes) {
  const bool stream_link = path.starts_with("/dev/") || path.starts_with("/proc/");
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | (stream_link ? 0 : O_NOFOLLOW), 0666);
  if (fd < 0) {
    if (errno == ELOOP)
      spdlog::error("cannot write {}: it is a symbolic link, which reports are never written through", path);
    else
      spdlog::error("cannot write {}: {}", path, std::system_category().message(errno));
    return false;
  }
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  const bool closed = ::close(fd) == 0;
  if (done != bytes.size() || !closed) {
    spdlog::error("cannot write {}: {}", path, std::system_category().message(errno));
    return false;
  }
  return true;
}

bool use_color(Color color) {
  if (color != Color::Auto) return color == Color::Always;
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR") && !(term && std::string_view(term) == "dumb");
}

// The catalogue described for reporters and --list-rules, sorted by public id
// within each pack as the pack lists them.
std::vector<model::RuleInfo> describe(const engine::Catalog& catalog, const std::vector<engine::Binding>& bindings) {
  std::vector<model::RuleInfo> out;
  out.reserve(bindings.size());
  for (const auto& b : bindings) out.push_back(catalog.describe(b));
  return out;
}

std::vector<engine::Binding> every_binding(const engine::Catalog& catalog) {
  std::vector<engine::Binding> out;
  for (const auto& entry : catalog.entries()) out.push_back(catalog.bind(entry));
  return out;
}

// The pseudo-rule under which malformed suppressions are reported.
model::RuleInfo invalid_suppression_rule() {
  model::RuleInfo r;
  r.id = engine::kInvalidSuppressionRuleId;
  r.pack = engine::kInvalidSuppressionPack;
  r.rule = r.id;
  r.level = model::Level::Error;
  r.title = "Suppression entry is malformed and was not honoured";
  r.message = r.title;
  r.what = "A rules_to_suppress or infralint suppress entry without a sufficient reason, with a finding id in its "
           "rule id, or with an applies_to pattern that cannot be compiled.";
  r.why = "A suppression is an audited exception; one that cannot be read must not silently hide a finding.";
  r.help_uri = "https://github.com/infralint/infralint/blob/main/README.md#suppressions";
  return r;
}

bool fails(const model::Finding& f, const Options& options) {
  return options.fail_on && !f.suppression && f.level >= *options.fail_on;
}

std::optional<engine::Config> read_config(const Options& options) {
  std::string path = options.config;
  if (path.empty()) {
    if (!std::filesystem::exists(".infralint.yaml")) return engine::Config{};
    path = ".infralint.yaml";
  }
  engine::ConfigResult result = engine::load_config(path);
  if (result.error) {
    const auto& e = *result.error;
    spdlog::error("{}:{}:{}: {}", e.file, e.line, e.column, e.message);
    return std::nullopt;
  }
  return result.config;
}

// Runs `render` on each item, on at most `jobs` threads (0: one per core), in no
// particular order; each call writes only to its own item.
template <class Item, class Render>
void render_all(const std::vector<Item*>& items, int jobs, Render&& render) {
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t workers = std::min(items.size(), jobs > 0 ? static_cast<std::size_t>(jobs) : cores);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < items.size(); i = next++) render(*items[i]);
  };
  std::vector<std::thread> helpers;
  for (std::size_t i = 1; i < workers; ++i) helpers.emplace_back(work);
  work();
  for (std::thread& t : helpers) t.join();
}

// Everything is written: the process ends here. The system takes back its memory at
// once, where freeing a large scan's trees and findings one allocation at a time
// costs seconds (2 s of 11 at 400k resources). Sanitizer builds return and tear down
// as usual, so leak checking still sees every allocation.
void exit_without_teardown(int status) {
#if defined(__SANITIZE_ADDRESS__) || defined(INFRALINT_SANITIZED)
  (void)status;
#else
  std::fflush(stdout);
  std::fflush(stderr);
  std::_Exit(status);
#endif
}

}  // namespace

int run(const Options& options) {
  const auto started = Clock::now();
  std::optional<engine::Config> config = read_config(options);
  if (!config) return kExitError;

  const engine::Catalog catalog(rules::all_rules(), rules::all_pack_entries());

  if (options.list_rules) {
    std::cout << list_rules(describe(catalog, every_binding(catalog)), options.format);
    return kExitClean;
  }
  if (!options.explain.empty()) {
    std::string text = explain_rule(describe(catalog, every_binding(catalog)), options.explain);
    if (text.empty()) {
      spdlog::error("no rule '{}' (see --list-rules)", options.explain);
      return kExitError;
    }
    std::cout << text;
    return kExitClean;
  }

  loaders::LoadOptions load_options;
  load_options.ignore_globs = config->ignore_paths;
  load_options.follow_symlinks = options.follow_symlinks;
  loaders::LoadResult loaded = loaders::load(options.paths, load_options);
  for (const auto& skipped : loaded.skipped) spdlog::debug("skipped {}: {}", skipped.path, skipped.reason);
  for (const auto& d : loaded.diagnostics) {
    const auto level = d.severity == model::Diagnostic::Severity::Error     ? spdlog::level::err
                       : d.severity == model::Diagnostic::Severity::Warning ? spdlog::level::warn
                                                                            : spdlog::level::info;
    if (d.line) spdlog::log(level, "{}:{}:{}: {}", d.file, d.line, d.column, d.message);
    else spdlog::log(level, "{}: {}", d.file, d.message);
  }
  // Nothing to scan is an error (exit 2), but the report is still written, empty, so
  // `infralint -f sarif > out.sarif` always leaves a valid file behind.
  const bool no_input = loaded.files_loaded == 0 && loaded.diagnostics.empty();
  if (no_input) spdlog::error(
      "no CloudFormation template, cloud assembly, Kubernetes manifest or Terraform file found under the given paths");

  Selection selection = select_rules(catalog, options, *config, loaded.graph);
  if (!selection.error.empty()) {
    spdlog::error("{}", selection.error);
    return kExitError;
  }

  const auto eval_started = Clock::now();
  engine::EvalOptions eval_options;
  eval_options.jobs = options.jobs;
  eval_options.record_verdicts =
      !options.junit_file.empty() || options.format == Format::Junit || options.format == Format::NagCsv;
  engine::Evaluation evaluation;
  {
    ProgressBar bar(!options.quiet && isatty(STDERR_FILENO));
    eval_options.progress = [&bar](std::size_t done, std::size_t total) { bar.update(done, total); };
    evaluation = engine::evaluate(loaded.graph, selection.bindings, eval_options);
  }
  std::vector<model::Finding>& findings = evaluation.findings;
  std::vector<model::Finding> suppression_problems = engine::apply_suppressions(loaded.graph, *config, findings);

  if (!options.baseline.empty()) {
    std::string error;
    std::optional<engine::Baseline> baseline = engine::read_baseline(options.baseline, error);
    if (!baseline) {
      spdlog::error("{}: {}", options.baseline, error);
      return kExitError;
    }
    engine::apply_baseline(*baseline, findings);
  }
  engine::apply_to_verdicts(findings, evaluation.verdicts);
  findings.insert(findings.end(), std::make_move_iterator(suppression_problems.begin()),
                  std::make_move_iterator(suppression_problems.end()));
  model::sort_in_finding_order(findings);
  const double eval_ms = ms_since(eval_started);

  if (!options.write_baseline.empty() && !write_file(options.write_baseline, engine::write_baseline(findings)))
    return kExitError;

  std::vector<model::RuleInfo> rule_infos = describe(catalog, selection.bindings);
  if (std::any_of(findings.begin(), findings.end(),
                  [](const model::Finding& f) { return f.rule_id == engine::kInvalidSuppressionRuleId; }))
    rule_infos.push_back(invalid_suppression_rule());

  model::ScanSummary summary;
  summary.tool_version = INFRALINT_VERSION;
  summary.files = loaded.files_loaded;
  summary.stacks = loaded.graph.stacks().size();
  summary.resources = loaded.graph.resource_count();
  summary.rules_run = selection.bindings.size();
  summary.diagnostics = loaded.diagnostics;
  if (options.timings) {
    summary.timings = loaded.timings;
    summary.timings.push_back({"evaluate", eval_ms});
  }

  const auto report_started = Clock::now();
  const reporters::ReportInput input{findings, rule_infos, summary,
                                     eval_options.record_verdicts ? &evaluation.verdicts : nullptr};
  auto render = [&](Format format, bool color) -> std::string {
    switch (format) {
      case Format::Json: return reporters::write_json(input);
      case Format::Sarif: return reporters::write_sarif(input, {options.sarif_category, options.sarif_suppressed});
      case Format::Junit: return reporters::write_junit(input);
      case Format::NagCsv: return reporters::write_nag_csv(input);
      default: return reporters::write_text(input, {color});
    }
  };
  // Every report is a pure function of the same input, so they render side by side
  // (with --jobs 1, one after the other). The main output comes last when it carries
  // --timings, which must include the time the other reports took.
  struct Rendering {
    Format format;
    std::string file;  // "" for stdout
    std::string bytes;
  };
  std::vector<Rendering> extra;
  if (!options.sarif_file.empty()) extra.push_back({Format::Sarif, options.sarif_file, {}});
  if (!options.junit_file.empty()) extra.push_back({Format::Junit, options.junit_file, {}});
  if (!options.json_file.empty()) extra.push_back({Format::Json, options.json_file, {}});
  Rendering main_output{options.format, options.output, {}};
  const bool color = options.output.empty() && options.format == Format::Text && use_color(options.color);
  std::vector<Rendering*> batch;
  for (Rendering& r : extra) batch.push_back(&r);
  if (!options.timings) batch.push_back(&main_output);
  render_all(batch, options.jobs, [&](Rendering& r) { r.bytes = render(r.format, &r == &main_output && color); });
  if (options.timings) {
    summary.timings.push_back({"report", ms_since(report_started)});
    summary.timings.push_back({"total", ms_since(started)});
    main_output.bytes = render(main_output.format, color);
  }

  bool written = true;
  for (const Rendering& r : extra) written &= write_file(r.file, r.bytes);
  if (!main_output.file.empty()) {
    written &= write_file(main_output.file, main_output.bytes);
  } else {
    std::fwrite(main_output.bytes.data(), 1, main_output.bytes.size(), stdout);
    std::fflush(stdout);
  }
  const bool input_error = std::any_of(loaded.diagnostics.begin(), loaded.diagnostics.end(), [](const auto& d) {
    return d.severity == model::Diagnostic::Severity::Error;
  });
  const int status = !written || input_error || no_input ? kExitError
                     : std::any_of(findings.begin(), findings.end(), [&](const model::Finding& f) { return fails(f, options); })
                         ? kExitFindings
                         : kExitClean;
  exit_without_teardown(status);
  return status;
}

}  // namespace infralint::cli
