#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "infralint/reporters/reporters.hpp"
#include "escape.hpp"

namespace infralint::reporters {

namespace {

using Key = std::tuple<std::string_view, std::string_view, std::string_view>;  // rule, stack, resource

// cdk-nag quotes every field and doubles embedded quotes. Control characters are
// shown escaped, as in the text report: the CSV may well be printed to a terminal.
// A spreadsheet runs a field that starts with = + - or @ as a formula, quoted or
// not, so such a field (a stack named after a file, a suppression reason: both come
// from the input) gets a leading apostrophe, which spreadsheets take as "text".
// No id or reason cdk-nag writes for a real app starts that way, so reports still
// compare row for row.
void append_field(std::string& out, std::string_view raw, bool last = false) {
  const std::string field = detail::visible(raw);
  out += '"';
  if (!field.empty() && (field[0] == '=' || field[0] == '+' || field[0] == '-' || field[0] == '@')) out += '\'';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += last ? "\"\n" : "\",";
}

// cdk-nag's NagMessageLevel words.
std::string_view nag_level(model::Level level) {
  switch (level) {
    case model::Level::Error: return "Error";
    case model::Level::Warning: return "Warning";
    case model::Level::Note: return "Info";
  }
  return "Error";
}

std::string_view compliance_of(const model::Finding& f) {
  if (f.suppression) return "Suppressed";
  return f.kind == model::FindingKind::Violation ? "Non-Compliant" : "UNKNOWN";
}

}  // namespace

std::string write_nag_csv(const ReportInput& input) {
  std::map<std::string_view, const model::RuleInfo*> rules;
  for (const auto& r : input.rules) rules.emplace(r.id, &r);
  std::map<Key, std::vector<const model::Finding*>> findings;
  for (const auto& f : input.findings) findings[Key{f.rule_id, f.stack, f.resource_id}].push_back(&f);

  std::string out = "Rule ID,Resource ID,Compliance,Exception Reason,Rule Level,Rule Info\n";
  if (!input.verdicts) return out;
  for (const model::Verdict& v : *input.verdicts) {
    if (v.state == model::Verdict::State::NotApplicable) continue;
    auto rule = rules.find(v.rule_id);
    const std::string_view level = rule == rules.end() ? "Error" : nag_level(rule->second->level);
    const std::string info = rule == rules.end() ? std::string() : std::string(rule->second->message);
    const std::string resource = std::string(v.construct_path.empty() ? v.stack + "/" + v.resource_id : v.construct_path);
    auto emit = [&](std::string_view compliance, std::string_view reason) {
      append_field(out, v.rule_id);
      append_field(out, resource);
      append_field(out, compliance);
      append_field(out, reason);
      append_field(out, level);
      append_field(out, info, true);
    };
    auto found = findings.find(Key{v.rule_id, v.stack, v.resource_id});
    if (found == findings.end()) {
      emit("Compliant", "N/A");
      continue;
    }
    for (const model::Finding* f : found->second)
      emit(compliance_of(*f), f->suppression ? std::string(f->suppression->reason) : std::string("N/A"));
  }
  return out;
}

}  // namespace infralint::reporters
