#include "junit_cases.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "escape.hpp"
#include "findings_view.hpp"

namespace infralint::reporters::detail {
namespace {

using State = model::Verdict::State;

// Worse states win when a pair is described more than once.
int badness(State state) {
  switch (state) {
    case State::Error:
      return 5;
    case State::NonCompliant:
      return 4;
    case State::Unresolved:
      return 3;
    case State::Suppressed:
      return 2;
    case State::Compliant:
      return 1;
    case State::NotApplicable:
      return 0;
  }
  return 0;
}

State worse(State a, State b) { return badness(a) >= badness(b) ? a : b; }

State state_of(const model::Finding& f) {
  if (f.suppression) return State::Suppressed;
  switch (f.kind) {
    case model::FindingKind::Violation:
      return State::NonCompliant;
    case model::FindingKind::Unresolved:
      return State::Unresolved;
    case model::FindingKind::EvaluationError:
      return State::Error;
  }
  return State::NonCompliant;
}

// One (rule, resource) pair while it is being assembled.
struct Pair {
  std::string pack, stack, resource_id, file;
  std::optional<State> state;
  std::string verdict_reason;
  std::vector<const model::Finding*> findings;  // report order
};

using PairKey = std::tuple<std::string, std::string>;  // stack, resource id

struct SuiteBuild {
  std::string pack;  // from the rule catalogue, when the rule is in it
  std::optional<model::Level> level;
  std::map<PairKey, Pair> pairs;
};

// The pair of `stack`/`resource_id` in `suite`; pack and file are taken from the
// first description that has them.
Pair& pair_for(SuiteBuild& suite, const std::string& pack, const std::string& stack, const std::string& resource_id,
               const std::string& file) {
  auto [it, inserted] = suite.pairs.try_emplace(PairKey{stack, resource_id});
  Pair& pair = it->second;
  if (inserted) {
    pair.stack = stack;
    pair.resource_id = resource_id;
  }
  if (pair.pack.empty()) pair.pack = pack;
  if (pair.file.empty()) pair.file = file;
  return pair;
}

void append_finding_details(std::string& out, const model::Finding& f) {
  if (!out.empty()) out += "\n\n";
  fmt::format_to(std::back_inserter(out), "{} {} at {}\nmessage: {}{}", model::to_string(f.level), visible(f.rule_id),
                 line_start_position(f.file, f.line, f.column), kind_prefix(f.kind), visible(f.message));
  if (!f.granular_id.empty()) fmt::format_to(std::back_inserter(out), "\ngranular id: {}", visible(f.granular_id));
  if (!f.resource_type.empty())
    fmt::format_to(std::back_inserter(out), "\nresource type: {}", visible(f.resource_type));
  if (!f.construct_path.empty())
    fmt::format_to(std::back_inserter(out), "\nconstruct path: {}", visible(f.construct_path));
  if (!f.pointer.empty()) fmt::format_to(std::back_inserter(out), "\npointer: {}", visible(f.pointer));
}

JunitCase make_case(std::string_view rule_id, const SuiteBuild& suite, const Pair& pair) {
  JunitCase out;
  out.name = visible(pair.stack.empty() ? pair.resource_id : pair.stack + "/" + pair.resource_id);
  const std::string& pack = !pair.pack.empty() ? pair.pack : suite.pack;
  out.classname = visible(pack.empty() ? std::string(rule_id) : pack + "." + std::string(rule_id));
  out.file = visible(pair.file);

  State state = pair.state.value_or(State::Compliant);
  for (const model::Finding* f : pair.findings) state = worse(state, state_of(*f));

  std::vector<const model::Finding*> open;  // unsuppressed findings: what failed
  for (const model::Finding* f : pair.findings)
    if (!f->suppression) open.push_back(f);

  switch (state) {
    case State::Compliant:
    case State::NotApplicable:
      out.outcome = JunitCase::Outcome::Passed;
      return out;
    case State::Suppressed: {
      out.outcome = JunitCase::Outcome::Skipped;
      std::string reason = pair.verdict_reason;
      for (const model::Finding* f : pair.findings)
        if (reason.empty() && f->suppression) reason = f->suppression->reason;
      out.message = reason.empty() ? "suppressed" : visible(reason);
      return out;
    }
    case State::Error:
      out.outcome = JunitCase::Outcome::Errored;
      break;
    case State::NonCompliant:
    case State::Unresolved:
      out.outcome = JunitCase::Outcome::Failed;
      break;
  }

  std::optional<model::Level> level;
  for (const model::Finding* f : open) {
    level = std::max(level.value_or(f->level), f->level);
    append_finding_details(out.details, *f);
  }
  if (!level) level = suite.level;
  out.type = model::to_string(level.value_or(model::Level::Error));
  if (open.empty()) {
    out.message = pair.verdict_reason.empty() ? "not compliant" : visible(pair.verdict_reason);
    out.details = "message: " + out.message;
  } else {
    out.message = std::string(kind_prefix(open.front()->kind)) + visible(open.front()->message);
    if (open.size() > 1) out.message += fmt::format(" (and {} more)", open.size() - 1);
  }
  return out;
}

JunitSuite input_suite(const std::vector<model::Diagnostic>& diagnostics) {
  JunitSuite suite{"infralint-input", {}};
  for (const model::Diagnostic& d : diagnostics) {
    JunitCase c;
    c.name = visible(d.file);
    c.classname = "infralint.input";
    c.file = visible(d.file);
    c.details = fmt::format("{}: {}: {}", line_start_position(d.file, d.line, d.column), severity_name(d.severity),
                            visible(d.message));
    if (d.severity == model::Diagnostic::Severity::Error) {
      c.outcome = JunitCase::Outcome::Errored;
      c.message = visible(d.message);
      c.type = "error";
    }
    suite.cases.push_back(std::move(c));
  }
  return suite;
}

}  // namespace

std::size_t JunitSuite::count(JunitCase::Outcome outcome) const {
  return static_cast<std::size_t>(
      std::count_if(cases.begin(), cases.end(), [outcome](const JunitCase& c) { return c.outcome == outcome; }));
}

std::vector<JunitSuite> junit_suites(const ReportInput& input) {
  std::vector<std::string> order;  // suite names in output order
  std::unordered_map<std::string, SuiteBuild> suites;
  for (const model::RuleInfo& rule : input.rules) {
    if (suites.contains(rule.id)) continue;
    order.push_back(rule.id);
    suites[rule.id] = SuiteBuild{rule.pack, rule.level, {}};
  }
  std::vector<std::string> unlisted;  // rule ids seen only in verdicts or findings
  const auto suite_for = [&](const std::string& rule_id) -> SuiteBuild& {
    auto [it, inserted] = suites.try_emplace(rule_id);
    if (inserted) unlisted.push_back(rule_id);
    return it->second;
  };

  if (input.verdicts != nullptr) {
    for (const model::Verdict& v : *input.verdicts) {
      if (v.state == State::NotApplicable) continue;
      Pair& pair = pair_for(suite_for(v.rule_id), v.pack, v.stack, v.resource_id, v.file);
      pair.state = pair.state ? worse(*pair.state, v.state) : v.state;
      if (pair.verdict_reason.empty()) pair.verdict_reason = v.reason;
    }
  }
  for (const model::Finding* f : in_report_order(input.findings)) {
    Pair& pair = pair_for(suite_for(f->rule_id), f->pack, f->stack, f->resource_id, f->file);
    pair.findings.push_back(f);
  }
  std::sort(unlisted.begin(), unlisted.end());
  order.insert(order.end(), unlisted.begin(), unlisted.end());

  std::vector<JunitSuite> out;
  out.reserve(order.size() + 1);
  for (const std::string& rule_id : order) {
    const SuiteBuild& build = suites.at(rule_id);
    JunitSuite suite{visible(rule_id), {}};
    std::vector<const Pair*> pairs;
    for (const auto& [key, pair] : build.pairs) pairs.push_back(&pair);
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair* a, const Pair* b) {
      return std::tie(a->file, a->stack, a->resource_id) < std::tie(b->file, b->stack, b->resource_id);
    });
    for (const Pair* pair : pairs) suite.cases.push_back(make_case(rule_id, build, *pair));
    out.push_back(std::move(suite));
  }
  if (!input.summary.diagnostics.empty()) out.push_back(input_suite(input.summary.diagnostics));
  return out;
}

}  // namespace infralint::reporters::detail
