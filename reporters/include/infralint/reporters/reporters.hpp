// Reporters: pure functions of (findings, rule catalogue, scan summary) to bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "infralint/model/finding.hpp"
#include "infralint/model/report.hpp"

namespace infralint::reporters {

struct ReportInput {
  const std::vector<model::Finding>& findings;  // in model::finding_order
  const std::vector<model::RuleInfo>& rules;    // every public rule that ran, by id
  const model::ScanSummary& summary;
  const std::vector<model::Verdict>* verdicts = nullptr;  // JUnit's test cases
};

struct TextOptions {
  bool color = false;
};
struct SarifOptions {
  std::string category = "infralint/";  // runs[0].automationDetails.id
  bool include_suppressed = false;
};

// Every writer is deterministic: the same input gives the same bytes, whatever
// order the findings came in (they are shown in model::finding_order). No
// timestamps or host names; durations only when summary.timings is non-empty.

// Compiler-style text. One line per unsuppressed finding:
//   path:line:col: error[RuleId] stack/resource (Type): message [granular id]
// ("path:" alone when the line is unknown). The level word is the finding's level;
// an unresolved finding's message starts "could not evaluate: ", an evaluation
// error's "evaluation error: ". Files are separated by a blank line. Suppressed and
// baselined findings are not listed, only counted in the summary (by source). Then
// the summary: scanned files/stacks/resources/rules, findings by level and pack,
// undecided ones, suppressed, diagnostics (one "path:line:col: error: message" line
// each), and timings when given. Template-derived text is shown with control, C1,
// bidi-override and invalid bytes visibly escaped (\x1b, \n, \u202e), and a path
// that does not start with [A-Za-z0-9._/-] gets "./" in front, so no input can
// forge a line, colour the terminal or start a GitHub workflow command ("::").
// ANSI colour only when options.color.
std::string write_text(const ReportInput& input, const TextOptions& options);

// SARIF 2.1.0 for GitHub code scanning, valid against third_party/sarif/. Results
// are capped at 25,000 (GitHub's limit), keeping the most severe; the cut is
// reported as a toolExecutionNotification. Strings are valid UTF-8 (U+FFFD for
// bad bytes); artifact URIs are relative to %SRCROOT% and percent-encoded.
std::string write_sarif(const ReportInput& input, const SarifOptions& options);

// JUnit XML: a <testsuite> per rule in input.rules (even with no test cases), a
// <testcase> per (rule, resource) pair from input.verdicts (NotApplicable pairs
// excluded) or, without verdicts, from the findings. NonCompliant and Unresolved
// are <failure>, Error (the rule threw) is <error>, Suppressed is <skipped>; a
// pair's outcome is the worse of its verdict and its findings. A last suite
// "infralint-input" lists diagnostics (<error> for error severity).
std::string write_junit(const ReportInput& input);

// infralint's own JSON, documented in docs/json-schema.md (schemaVersion "1.0").
std::string write_json(const ReportInput& input);

// cdk-nag's compliance report layout (Rule ID, Resource ID, Compliance, Exception
// Reason, Rule Level, Rule Info), so tooling built on cdk-nag's NagReport CSVs keeps
// working and verdicts can be compared with a real cdk-nag run row for row. Needs
// input.verdicts: each evaluated (rule, resource) pair gives one row per finding
// (Non-Compliant, Suppressed or UNKNOWN) or one Compliant row; not-applicable pairs
// give none. Resource ID is the CDK construct path (else stack/logical id); Rule
// Level is the rule's pack level; Rule Info is our message. Fields are escaped as
// text is, and one that starts with = + - or @ gets a leading apostrophe so that a
// spreadsheet shows it instead of running it as a formula.
std::string write_nag_csv(const ReportInput& input);

// Input-derived text (a file name, a diagnostic quoting a template) escaped exactly as
// write_text escapes it, for the log lines the CLI writes to stderr: a CI log is read
// by the same terminal and the same workflow-command parser as stdout.
std::string log_safe(std::string_view text);

}  // namespace infralint::reporters
