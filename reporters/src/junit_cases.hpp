// JUnit test suites as data: one suite per public rule, one case per (rule,
// resource) pair evaluated. Built apart from the XML writer so the counts, which CI
// systems trust, can be tested without parsing XML.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "infralint/reporters/reporters.hpp"

namespace infralint::reporters::detail {

struct JunitCase {
  enum class Outcome { Passed, Failed, Errored, Skipped };
  std::string name;       // "<stack>/<resource id>"
  std::string classname;  // "<pack>.<rule id>"
  std::string file;
  Outcome outcome = Outcome::Passed;
  std::string message;  // failure/error/skipped message
  std::string type;     // failure/error type: the level word
  std::string details;  // failure/error body; for a passed input case, system-out
};

struct JunitSuite {
  std::string name;
  std::vector<JunitCase> cases;

  std::size_t tests() const { return cases.size(); }
  std::size_t count(JunitCase::Outcome outcome) const;
};

// All strings in the result are already made visible (escape.hpp); the writer only
// has to XML-escape them. Each line of a failure body starts with our own words or a
// line_start_path(), so a CI job that prints the file to a GitHub log cannot run a
// workflow command smuggled in through a template.
//
// Cases come from input.verdicts when given (NotApplicable pairs are not cases),
// merged with the findings: a pair's outcome is the worse of its verdict and its
// findings, so a finding is never hidden by a verdict that disagrees. Without
// verdicts, cases come from findings alone. Evaluation errors are <error> (the rule
// itself failed), violations and unresolved pairs are <failure>, pairs whose
// findings are all suppressed are <skipped>.
//
// Suites follow input.rules, then any other rule id seen, sorted; cases within a
// suite are sorted by (file, stack, resource id). When the scan had diagnostics, a
// last suite "infralint-input" holds one case per diagnostic (an <error> for
// error-severity ones), so an unreadable file is visible in CI too.
std::vector<JunitSuite> junit_suites(const ReportInput& input);

}  // namespace infralint::reporters::detail
