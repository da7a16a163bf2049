// A fixed, hand-built scan result for reporter tests: three packs, every finding
// kind, every suppression source the reporters treat differently, diagnostics, and
// hostile strings (ANSI escapes, a newline followed by a GitHub workflow command,
// XML specials, bytes that are not UTF-8, bidi overrides, a path with spaces and '#').
#pragma once

#include <vector>

#include "infralint/model/finding.hpp"
#include "infralint/model/report.hpp"
#include "infralint/reporters/reporters.hpp"

namespace infralint::reporters::testing {

struct Sample {
  std::vector<model::Finding> findings;
  std::vector<model::RuleInfo> rules;
  std::vector<model::Verdict> verdicts;
  model::ScanSummary summary;

  // A view for the reporters; with_verdicts decides how JUnit finds its test cases.
  ReportInput input(bool with_verdicts = true) const {
    return ReportInput{findings, rules, summary, with_verdicts ? &verdicts : nullptr};
  }
};

// The golden-file sample. Findings are in model::finding_order.
Sample sample();
// The same with phase timings, as --timings would give.
Sample timed_sample();
// A scan of one clean file: no findings, no diagnostics, one rule that ran.
Sample clean_sample();

}  // namespace infralint::reporters::testing
