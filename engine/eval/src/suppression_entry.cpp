#include "suppression_entry.hpp"

#include "text_codec.hpp"

namespace infralint::engine {

namespace {

// JavaScript's truthiness, which is how cdk-nag reads is_reason_encoded.
bool truthy(const model::Value& v) {
  switch (v.kind()) {
    case model::Value::Kind::Null: return false;
    case model::Value::Kind::Bool: return v.as_bool();
    case model::Value::Kind::Number: return v.as_number().value_or(1) != 0;
    case model::Value::Kind::String: return !v.as_string().empty();
    default: return true;
  }
}

// Length of a line terminator (as JavaScript's `.` refuses them) starting at i, or 0.
std::size_t terminator_at(std::string_view s, std::size_t i) {
  if (s[i] == '\n' || s[i] == '\r') return 1;
  if (s.substr(i, 3) == "\xE2\x80\xA8" || s.substr(i, 3) == "\xE2\x80\xA9") return 3;
  return 0;
}

struct RegexLiteral {
  std::string body;
  std::string flags;
};

// cdk-nag reads "/body/flags" with the JavaScript regex /\/(.*)\/(.*)?/: the first
// '/' that has another '/' after it on the same line opens the body, the last '/' on
// that line closes it, and the rest of the line is the flags.
std::optional<RegexLiteral> split_literal(std::string_view s) {
  std::size_t line_start = 0;
  while (line_start <= s.size()) {
    std::size_t line_end = line_start;
    while (line_end < s.size() && terminator_at(s, line_end) == 0) ++line_end;
    std::string_view line = s.substr(line_start, line_end - line_start);
    const std::size_t open = line.find('/');
    const std::size_t close = line.rfind('/');
    if (open != std::string_view::npos && close != open)
      return RegexLiteral{std::string(line.substr(open + 1, close - open - 1)), std::string(line.substr(close + 1))};
    if (line_end >= s.size()) break;
    line_start = line_end + terminator_at(s, line_end);
  }
  return std::nullopt;
}

// Compiles a cdk-nag applies_to regex for RE2; sets `problem` when it cannot.
std::shared_ptr<const RE2> compile(std::string_view literal, std::string& problem) {
  const std::string shown = "invalid regular expression [" + std::string(literal) + "]";
  std::optional<RegexLiteral> parts = split_literal(literal);
  if (!parts) {
    problem = shown + ": not of the form /pattern/flags";
    return nullptr;
  }
  // JavaScript rejects unknown or repeated flags; i, m and s change matching and have
  // RE2 equivalents, the others (d, g, u, v, y) do not change what test() accepts.
  std::string inline_flags;
  for (std::size_t i = 0; i < parts->flags.size(); ++i) {
    const char f = parts->flags[i];
    if (std::string_view("dgimsuvy").find(f) == std::string_view::npos ||
        parts->flags.find(f, i + 1) != std::string::npos) {
      problem = shown + ": bad flags '" + parts->flags + "'";
      return nullptr;
    }
    if (f == 'i' || f == 'm' || f == 's') inline_flags += f;
  }
  RE2::Options options;
  options.set_log_errors(false);
  const std::string pattern = inline_flags.empty() ? parts->body : "(?" + inline_flags + ")" + parts->body;
  auto re = std::make_shared<const RE2>(pattern, options);
  if (!re->ok()) {
    problem = shown + ": " + re->error();
    return nullptr;
  }
  return re;
}

bool text_field(const model::Value& entry, std::string_view key, std::string& out) {
  const model::Value* v = entry.find(key);
  if (!v || !(v->is_string() || v->is_number())) return false;
  out = v->as_string();
  return true;
}

SuppressionEntry read_entry(const model::Value& node, EntryDialect dialect) {
  SuppressionEntry e;
  e.node = &node;
  if (!node.is_object()) {
    e.problems.emplace_back("an entry must be a mapping with 'id' and 'reason'");
    return e;
  }
  const model::Value* id = node.find("id");
  if (!id || !id->is_string()) e.problems.emplace_back("'id' is missing or not a string");
  else e.id = id->as_string();

  const bool has_reason = text_field(node, "reason", e.reason);
  if (has_reason && node.find("is_reason_encoded") && truthy(*node.find("is_reason_encoded")))
    e.reason = decode_base64(e.reason);
  if (!has_reason) {
    e.problems.emplace_back("'reason' is missing or not text");
  } else if (dialect == EntryDialect::CdkNag && javascript_length(e.reason) < 10) {
    e.problems.emplace_back("the reason is shorter than the 10 characters cdk-nag requires");
  } else if (dialect == EntryDialect::Infralint && e.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    e.problems.emplace_back("the reason is blank");
  }
  if (dialect == EntryDialect::CdkNag) {
    const std::size_t open = e.id.find('[');
    if (open != std::string::npos && e.id.find(']', open) != std::string::npos)
      e.problems.emplace_back("the id names a finding in brackets; list granular findings in 'applies_to'");
  }

  if (const model::Value* applies_to = node.find("applies_to")) {
    if (!applies_to->is_array()) {
      e.problems.emplace_back("'applies_to' must be a list");
      return e;
    }
    e.applies_to.emplace();
    for (const model::Value& item : applies_to->items()) {
      if (item.is_string()) {
        e.applies_to->push_back(AppliesTo{std::string(item.as_string()), nullptr});
        continue;
      }
      const model::Value* regex = item.find("regex");
      if (!regex || !regex->is_string()) {
        e.problems.emplace_back("each 'applies_to' item must be a granular id or {regex: \"/pattern/flags\"}");
        continue;
      }
      std::string problem;
      std::shared_ptr<const RE2> re = compile(regex->as_string(), problem);
      if (re) e.applies_to->push_back(AppliesTo{{}, std::move(re)});
      else e.problems.push_back(std::move(problem));
    }
  }
  return e;
}

}  // namespace

bool AppliesTo::matches(const std::string& finding_id) const {
  return pattern ? RE2::PartialMatch(finding_id, *pattern) : exact == finding_id;
}

std::optional<std::string> SuppressionEntry::reason_for(const model::Finding& finding) const {
  if (!valid()) return std::nullopt;
  // cdk-nag's doesApply: the id must match; an entry without applies_to covers the
  // whole rule; one with applies_to only the non-empty finding ids it lists.
  auto applies = [&](std::string_view rule_id, const std::string& finding_id) {
    if (id != rule_id) return false;
    if (!applies_to) return true;
    if (finding_id.empty()) return false;
    for (const AppliesTo& a : *applies_to)
      if (a.matches(finding_id)) return true;
    return false;
  };
  if (finding.kind == model::FindingKind::Violation) {
    if (!applies(finding.rule_id, finding.granular_id)) return std::nullopt;
    return applies_to ? "[" + finding.granular_id + "] " + reason : reason;
  }
  // A rule that could not run is cdk-nag's validation failure: covered by a plain
  // entry for the rule, or by a CdkNagValidationFailure entry naming the rule. cdk-nag
  // records the latter's reason with an empty finding id, "[] reason"; so do we, so
  // that reports read the same after a move from cdk-nag.
  if (applies(finding.rule_id, {})) return reason;
  if (applies(kValidationFailureId, finding.rule_id)) return applies_to ? "[] " + reason : reason;
  return std::nullopt;
}

std::vector<SuppressionEntry> read_entries(const model::Value& list, EntryDialect dialect) {
  std::vector<SuppressionEntry> out;
  if (list.is_null()) return out;  // cdk-nag reads a null list as no entries
  if (!list.is_array()) {
    SuppressionEntry bad;
    bad.node = &list;
    bad.problems.emplace_back("the suppression list must be a list of entries");
    out.push_back(std::move(bad));
    return out;
  }
  out.reserve(list.size());
  for (const model::Value& item : list.items()) out.push_back(read_entry(item, dialect));
  return out;
}

}  // namespace infralint::engine
