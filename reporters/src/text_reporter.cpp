// Compiler-style text: one line per unsuppressed finding, files separated by a blank
// line, then the summary. Every template-derived string goes through visible(), and
// every line starts with our own text or a line_start_path(), so no input can forge
// a finding line, recolour the terminal or issue a CI workflow command.
#include <fmt/format.h>

#include <string>
#include <string_view>

#include "escape.hpp"
#include "findings_view.hpp"
#include "infralint/reporters/reporters.hpp"

namespace infralint::reporters {
namespace {

using detail::visible;

// Wraps text in an SGR colour when colour is on; a no-op otherwise, so the plain
// output has no escape byte at all.
class Painter {
 public:
  explicit Painter(bool on) : on_(on) {}
  void paint(std::string& out, std::string_view sgr, std::string_view text) const {
    if (on_) fmt::format_to(std::back_inserter(out), "\x1b[{}m", sgr);
    out += text;
    if (on_) out += "\x1b[0m";
  }

 private:
  bool on_;
};

std::string_view level_sgr(model::Level level) {
  switch (level) {
    case model::Level::Error:
      return "1;31";
    case model::Level::Warning:
      return "1;33";
    case model::Level::Note:
      return "1;36";
  }
  return "1";
}

std::string_view severity_sgr(model::Diagnostic::Severity severity) {
  switch (severity) {
    case model::Diagnostic::Severity::Error:
      return level_sgr(model::Level::Error);
    case model::Diagnostic::Severity::Warning:
      return level_sgr(model::Level::Warning);
    case model::Diagnostic::Severity::Note:
      return level_sgr(model::Level::Note);
  }
  return "1";
}

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

void write_finding_line(std::string& out, const model::Finding& f, const Painter& painter) {
  painter.paint(out, "1", detail::line_start_position(f.file, f.line, f.column) + ":");
  out += ' ';
  painter.paint(out, level_sgr(f.level), model::to_string(f.level));
  fmt::format_to(std::back_inserter(out), "[{}] ", visible(f.rule_id));
  if (!f.stack.empty()) fmt::format_to(std::back_inserter(out), "{}/", visible(f.stack));
  out += visible(f.resource_id);
  if (!f.resource_type.empty()) fmt::format_to(std::back_inserter(out), " ({})", visible(f.resource_type));
  fmt::format_to(std::back_inserter(out), ": {}{}", detail::kind_prefix(f.kind), visible(f.message));
  if (!f.granular_id.empty()) fmt::format_to(std::back_inserter(out), " [{}]", visible(f.granular_id));
  out += '\n';
}

void write_findings(std::string& out, const std::vector<model::Finding>& findings, const Painter& painter) {
  const model::Finding* previous = nullptr;
  for (const model::Finding* finding : detail::in_report_order(findings)) {
    if (finding->suppression) continue;  // counted in the summary, not listed
    if (previous != nullptr && previous->file != finding->file) out += '\n';
    write_finding_line(out, *finding, painter);
    previous = finding;
  }
  if (previous != nullptr) out += '\n';
}

void write_diagnostic_line(std::string& out, const model::Diagnostic& d, const Painter& painter) {
  painter.paint(out, "1", detail::line_start_position(d.file, d.line, d.column) + ":");
  out += ' ';
  painter.paint(out, severity_sgr(d.severity), detail::severity_name(d.severity));
  fmt::format_to(std::back_inserter(out), ": {}\n", visible(d.message));
}

void write_summary(std::string& out, const ReportInput& input, const Painter& painter) {
  const model::ScanSummary& s = input.summary;
  const detail::Tally counts = detail::tally(input.findings);

  fmt::format_to(std::back_inserter(out), "scanned: {}, {}, {}, {}\n", plural(s.files, "file", "files"),
                 plural(s.stacks, "stack", "stacks"), plural(s.resources, "resource", "resources"),
                 plural(s.rules_run, "rule run", "rules run"));

  fmt::format_to(std::back_inserter(out), "findings: {} ({}, {}, {})\n", counts.unsuppressed(),
                 plural(counts.at(model::Level::Error), "error", "errors"),
                 plural(counts.at(model::Level::Warning), "warning", "warnings"),
                 plural(counts.at(model::Level::Note), "note", "notes"));
  if (!counts.by_pack.empty()) {
    out += "by pack:";
    const char* separator = " ";
    for (const auto& [pack, count] : counts.by_pack) {
      fmt::format_to(std::back_inserter(out), "{}{} {}", separator, visible(pack), count);
      separator = ", ";
    }
    out += '\n';
  }
  if (counts.unresolved + counts.evaluation_errors > 0)
    fmt::format_to(std::back_inserter(out), "undecided: {} could not be evaluated, {}\n", counts.unresolved,
                   plural(counts.evaluation_errors, "evaluation error", "evaluation errors"));

  fmt::format_to(std::back_inserter(out), "suppressed: {}", counts.suppressed);
  if (!counts.suppressed_by_source.empty()) {
    const char* separator = " (";
    for (const auto& [source, count] : counts.suppressed_by_source) {
      fmt::format_to(std::back_inserter(out), "{}{} {}", separator, source, count);
      separator = ", ";
    }
    out += ')';
  }
  out += '\n';

  fmt::format_to(std::back_inserter(out), "diagnostics: {}\n", s.diagnostics.size());
  for (const model::Diagnostic& diagnostic : s.diagnostics) write_diagnostic_line(out, diagnostic, painter);

  if (!s.timings.empty()) {
    out += "timings:";
    for (const model::Timing& timing : s.timings)
      if (timing.phase != "total")
        fmt::format_to(std::back_inserter(out), " {} {:.1f} ms,", visible(timing.phase), timing.milliseconds);
    fmt::format_to(std::back_inserter(out), " total {:.1f} ms\n", detail::total_milliseconds(s));
  }
}

}  // namespace

std::string write_text(const ReportInput& input, const TextOptions& options) {
  const Painter painter(options.color);
  std::string out;
  write_findings(out, input.findings, painter);
  write_summary(out, input, painter);
  return out;
}

}  // namespace infralint::reporters
