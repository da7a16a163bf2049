// JUnit XML as GitLab, Jenkins and Azure DevOps read it: <testsuites>, a
// <testsuite> per rule, a <testcase> per (rule, resource) pair. No timestamps or
// host names; time only when the scan was timed.
#include <fmt/format.h>

#include "escape.hpp"
#include "findings_view.hpp"
#include "infralint/reporters/reporters.hpp"
#include "junit_cases.hpp"

namespace infralint::reporters {
namespace {

using detail::JunitCase;
using detail::xml_attribute;
using detail::xml_text;

struct Counts {
  std::size_t tests = 0, failures = 0, errors = 0, skipped = 0;
};

Counts counts_of(const detail::JunitSuite& suite) {
  return {suite.tests(), suite.count(JunitCase::Outcome::Failed), suite.count(JunitCase::Outcome::Errored),
          suite.count(JunitCase::Outcome::Skipped)};
}

void append_counts(std::string& out, const Counts& c) {
  fmt::format_to(std::back_inserter(out), " tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\"", c.tests,
                 c.failures, c.errors, c.skipped);
}

void write_case(std::string& out, const JunitCase& c) {
  fmt::format_to(std::back_inserter(out), "    <testcase name=\"{}\" classname=\"{}\"", xml_attribute(c.name),
                 xml_attribute(c.classname));
  if (!c.file.empty()) fmt::format_to(std::back_inserter(out), " file=\"{}\"", xml_attribute(c.file));
  switch (c.outcome) {
    case JunitCase::Outcome::Passed:
      if (c.details.empty()) {
        out += "/>\n";
      } else {
        fmt::format_to(std::back_inserter(out), ">\n      <system-out>{}</system-out>\n    </testcase>\n",
                       xml_text(c.details));
      }
      return;
    case JunitCase::Outcome::Skipped:
      fmt::format_to(std::back_inserter(out), ">\n      <skipped message=\"{}\"/>\n    </testcase>\n",
                     xml_attribute(c.message));
      return;
    case JunitCase::Outcome::Failed:
    case JunitCase::Outcome::Errored: {
      const std::string_view element = c.outcome == JunitCase::Outcome::Failed ? "failure" : "error";
      fmt::format_to(std::back_inserter(out), ">\n      <{0} message=\"{1}\" type=\"{2}\">{3}</{0}>\n    </testcase>\n",
                     element, xml_attribute(c.message), xml_attribute(c.type), xml_text(c.details));
      return;
    }
  }
}

}  // namespace

std::string write_junit(const ReportInput& input) {
  const std::vector<detail::JunitSuite> suites = detail::junit_suites(input);
  Counts total;
  for (const detail::JunitSuite& suite : suites) {
    const Counts c = counts_of(suite);
    total.tests += c.tests;
    total.failures += c.failures;
    total.errors += c.errors;
    total.skipped += c.skipped;
  }

  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"infralint\"";
  append_counts(out, total);
  if (!input.summary.timings.empty())
    fmt::format_to(std::back_inserter(out), " time=\"{:.3f}\"", detail::total_milliseconds(input.summary) / 1000.0);
  out += ">\n";
  for (const detail::JunitSuite& suite : suites) {
    fmt::format_to(std::back_inserter(out), "  <testsuite name=\"{}\"", xml_attribute(suite.name));
    append_counts(out, counts_of(suite));
    if (suite.cases.empty()) {
      out += "/>\n";
      continue;
    }
    out += ">\n";
    for (const JunitCase& c : suite.cases) write_case(out, c);
    out += "  </testsuite>\n";
  }
  out += "</testsuites>\n";
  return out;
}

}  // namespace infralint::reporters
