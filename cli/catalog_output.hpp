// --list-rules and --explain: the rule catalogue as text, JSON or Markdown (the
// Markdown form is docs/rules.md).
#pragma once

#include <string>
#include <vector>

#include "infralint/model/report.hpp"
#include "options.hpp"

namespace infralint::cli {

std::string list_rules(const std::vector<model::RuleInfo>& rules, Format format);
// The explanation of one rule; "" when `id` names no rule (public or internal id).
std::string explain_rule(const std::vector<model::RuleInfo>& rules, const std::string& id);

}  // namespace infralint::cli
