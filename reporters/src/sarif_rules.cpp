// SARIF reportingDescriptors: what GitHub shows as the rule's name, summary and help.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "findings_view.hpp"
#include "sarif_parts.hpp"

namespace infralint::reporters::detail {
namespace {

bool is_ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

std::string pascal_case(std::string_view words) {
  std::string out;
  bool word_start = true;
  for (const char c : words) {
    if (!is_ascii_alnum(c)) {
      word_start = true;
      continue;
    }
    out.push_back(word_start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
    word_start = false;
  }
  return out;
}

// A Markdown code fence longer than any run of backticks inside the snippet, so the
// snippet cannot close the fence early.
std::string fence_for(std::string_view snippet) {
  std::size_t longest = 0;
  std::size_t run = 0;
  for (const char c : snippet) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

void append_section(std::string& out, std::string_view text) {
  if (text.empty()) return;
  if (!out.empty()) out += "\n\n";
  out += text;
}

void append_code(std::string& out, std::string_view heading, std::string_view language, std::string_view code) {
  if (code.empty()) return;
  const std::string fence = fence_for(code);
  append_section(out, fmt::format("{}\n\n{}{}\n{}\n{}", heading, fence, language, code, fence));
}

std::string default_help_uri(std::string_view public_id) {
  // GitHub's heading anchor for a heading that is the rule id: lower case, and only
  // letters, digits, '-' and '_' kept.
  std::string anchor;
  for (const char c : public_id)
    if (is_ascii_alnum(c) || c == '-' || c == '_')
      anchor.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return fmt::format("{}/blob/main/docs/rules.md#{}", kInformationUri, anchor);
}

Json descriptor(const model::RuleInfo& rule) {
  const std::string_view title = !rule.title.empty() ? rule.title : !rule.message.empty() ? rule.message : rule.id;
  Json tags = Json::array({"security"});
  if (!rule.pack.empty()) tags.push_back(json_text(rule.pack));
  return Json{
      {"id", json_text(rule.id)},
      {"name", rule_name(rule)},
      {"shortDescription", {{"text", json_text(title)}}},
      {"fullDescription", {{"text", json_text(rule.what.empty() ? title : rule.what)}}},
      {"help", {{"text", json_text(help_text(rule))}, {"markdown", json_text(help_markdown(rule))}}},
      {"helpUri", json_text(rule.help_uri.empty() ? default_help_uri(rule.id) : rule.help_uri)},
      {"defaultConfiguration", {{"level", model::to_string(rule.level)}}},
      {"properties", {{"tags", std::move(tags)}, {"security-severity", security_severity(rule.level)}}},
  };
}

}  // namespace

std::string rule_name(const model::RuleInfo& rule) {
  for (const std::string* source : {&rule.title, &rule.rule, &rule.id}) {
    std::string name = pascal_case(*source);
    if (!name.empty()) return name;
  }
  return "Rule";
}

std::string help_text(const model::RuleInfo& rule) {
  std::string out;
  append_section(out, rule.what.empty() ? rule.title : rule.what);
  if (!rule.why.empty()) append_section(out, "Why it matters: " + rule.why);
  if (!rule.fix_cfn.empty()) append_section(out, std::string(rule.fix_template_label()) + ":\n" + rule.fix_cfn);
  if (!rule.fix_cdk.empty()) append_section(out, "Fix in CDK:\n" + rule.fix_cdk);
  return out.empty() ? rule.id : out;
}

std::string help_markdown(const model::RuleInfo& rule) {
  std::string out;
  append_section(out, rule.what.empty() ? rule.title : rule.what);
  if (!rule.why.empty()) append_section(out, "**Why it matters**\n\n" + rule.why);
  append_code(out, "**" + std::string(rule.fix_template_label()) + "**", "yaml", rule.fix_cfn);
  append_code(out, "**Fix in CDK**", "ts", rule.fix_cdk);
  return out.empty() ? rule.id : out;
}

std::string_view security_severity(model::Level level) {
  switch (level) {
    case model::Level::Error:
      return "8.0";
    case model::Level::Warning:
      return "5.0";
    case model::Level::Note:
      return "3.0";
  }
  return "8.0";
}

RuleTable sarif_rules(const std::vector<model::RuleInfo>& rules, const std::vector<model::Finding>& findings) {
  RuleTable table;
  for (const model::RuleInfo& rule : rules) {
    if (!table.index.emplace(rule.id, table.descriptors.size()).second) continue;  // first one wins
    table.descriptors.push_back(descriptor(rule));
  }
  // Findings of rules the caller did not describe: std::set keeps them sorted by id.
  std::set<std::pair<std::string, model::Level>> missing;
  for (const model::Finding& finding : findings)
    if (!table.index.contains(finding.rule_id)) missing.emplace(finding.rule_id, finding.level);
  for (const auto& [id, level] : missing) {
    if (!table.index.emplace(id, table.descriptors.size()).second) continue;  // one per id
    model::RuleInfo stand_in;
    stand_in.id = id;
    stand_in.level = level;
    table.descriptors.push_back(descriptor(stand_in));
  }
  return table;
}

}  // namespace infralint::reporters::detail
