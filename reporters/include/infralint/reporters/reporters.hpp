// Reporters: pure functions of (findings, rule catalogue, scan summary) to bytes.
#pragma once

#include <string>
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

std::string write_text(const ReportInput& input, const TextOptions& options);
std::string write_sarif(const ReportInput& input, const SarifOptions& options);
std::string write_junit(const ReportInput& input);
std::string write_json(const ReportInput& input);

}  // namespace infralint::reporters
