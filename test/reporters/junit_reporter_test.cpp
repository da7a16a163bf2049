#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "infralint/reporters/reporters.hpp"
#include "junit_cases.hpp"
#include "sample_input.hpp"
#include "test_support.hpp"

namespace infralint::reporters {
namespace {

using detail::JunitCase;
using detail::JunitSuite;
using Outcome = JunitCase::Outcome;
using testing::occurrences;

const JunitSuite& suite_named(const std::vector<JunitSuite>& suites, std::string_view name) {
  const auto it = std::find_if(suites.begin(), suites.end(), [&](const JunitSuite& s) { return s.name == name; });
  if (it == suites.end()) throw std::runtime_error("no suite " + std::string(name));
  return *it;
}

struct Counts {
  std::size_t tests, failures, errors, skipped;
  friend bool operator==(const Counts&, const Counts&) = default;
};
std::ostream& operator<<(std::ostream& os, const Counts& c) {
  return os << "{tests " << c.tests << ", failures " << c.failures << ", errors " << c.errors << ", skipped "
            << c.skipped << "}";
}
Counts counts(const JunitSuite& s) {
  return {s.tests(), s.count(Outcome::Failed), s.count(Outcome::Errored), s.count(Outcome::Skipped)};
}

TEST(JunitCases, OneSuitePerRuleInCatalogueOrderThenInputs) {
  const auto suites = detail::junit_suites(testing::sample().input());
  std::vector<std::string> names;
  for (const JunitSuite& s : suites) names.push_back(s.name);
  EXPECT_EQ(names, (std::vector<std::string>{"AwsSolutions-IAM5", "AwsSolutions-S1", "AwsSolutions-SQS3",
                                             "HIPAA.Security-S3BucketVersioningEnabled", "Serverless-LambdaTracing",
                                             "infralint-input"}));
}

TEST(JunitCases, CountsFollowVerdicts) {
  const auto suites = detail::junit_suites(testing::sample().input());
  // Two IAM5 pairs: RolePolicy (two open findings and one suppressed: one case,
  // failed) and ReadOnlyPolicy (compliant).
  EXPECT_EQ(counts(suite_named(suites, "AwsSolutions-IAM5")), (Counts{2, 1, 0, 0}));
  // S1: a failure, a compliant bucket, the hostile failure, a baselined bucket.
  EXPECT_EQ(counts(suite_named(suites, "AwsSolutions-S1")), (Counts{4, 2, 0, 1}));
  // SQS3: the not-applicable dead-letter queue is no test case.
  EXPECT_EQ(counts(suite_named(suites, "AwsSolutions-SQS3")), (Counts{1, 0, 0, 0}));
  // Unresolved is a failure; an evaluation error is an error.
  EXPECT_EQ(counts(suite_named(suites, "HIPAA.Security-S3BucketVersioningEnabled")), (Counts{2, 1, 0, 0}));
  EXPECT_EQ(counts(suite_named(suites, "Serverless-LambdaTracing")), (Counts{1, 0, 1, 0}));
  EXPECT_EQ(counts(suite_named(suites, "infralint-input")), (Counts{3, 0, 2, 0}));
}

TEST(JunitCases, WithoutVerdictsCasesComeFromFindings) {
  const auto suites = detail::junit_suites(testing::sample().input(false));
  EXPECT_EQ(counts(suite_named(suites, "AwsSolutions-IAM5")), (Counts{1, 1, 0, 0}));
  EXPECT_EQ(counts(suite_named(suites, "AwsSolutions-S1")), (Counts{3, 2, 0, 1}));
  EXPECT_EQ(counts(suite_named(suites, "AwsSolutions-SQS3")), (Counts{0, 0, 0, 0}));
  EXPECT_EQ(counts(suite_named(suites, "HIPAA.Security-S3BucketVersioningEnabled")), (Counts{1, 1, 0, 0}));
  EXPECT_EQ(counts(suite_named(suites, "Serverless-LambdaTracing")), (Counts{1, 0, 1, 0}));
}

TEST(JunitCases, SeveralFindingsOfOnePairMakeOneFailure) {
  const auto suites = detail::junit_suites(testing::sample().input());
  const JunitSuite& iam5 = suite_named(suites, "AwsSolutions-IAM5");
  const auto role =
      std::find_if(iam5.cases.begin(), iam5.cases.end(), [](const JunitCase& c) { return c.name == "App/RolePolicy"; });
  ASSERT_NE(role, iam5.cases.end());
  EXPECT_EQ(role->outcome, Outcome::Failed);
  EXPECT_EQ(role->classname, "AwsSolutions.AwsSolutions-IAM5");
  EXPECT_EQ(role->type, "error");
  EXPECT_EQ(role->message, "The IAM policy grants a wildcard permission: Action s3:*. (and 1 more)");
  EXPECT_NE(role->details.find("granular id: Action::s3:*"), std::string::npos);
  EXPECT_NE(role->details.find("granular id: Resource::*"), std::string::npos);
  EXPECT_EQ(role->details.find("logs/*"), std::string::npos);  // the suppressed one is not a failure
}

TEST(JunitCases, AFindingOutranksAVerdictThatDisagrees) {
  testing::Sample sample = testing::sample();
  for (model::Verdict& v : sample.verdicts)
    if (v.rule_id == "AwsSolutions-IAM5") v.state = model::Verdict::State::Compliant;
  const auto suites = detail::junit_suites(sample.input());
  EXPECT_EQ(counts(suite_named(suites, "AwsSolutions-IAM5")), (Counts{2, 1, 0, 0}));
}

TEST(JunitCases, SkippedCarriesTheSuppressionReason) {
  const auto suites = detail::junit_suites(testing::sample().input(false));
  const JunitSuite& s1 = suite_named(suites, "AwsSolutions-S1");
  const auto skipped =
      std::find_if(s1.cases.begin(), s1.cases.end(), [](const JunitCase& c) { return c.outcome == Outcome::Skipped; });
  ASSERT_NE(skipped, s1.cases.end());
  EXPECT_EQ(skipped->message, "in the baseline");
  EXPECT_EQ(skipped->name, "donn\u00e9es/Logs");
}

TEST(JunitCases, RulesOutsideTheCatalogueGetTheirOwnSuiteAfterIt) {
  testing::Sample sample = testing::clean_sample();
  model::Finding orphan;
  orphan.rule_id = "Other-X1";
  orphan.pack = "Other";
  orphan.stack = "S";
  orphan.resource_id = "R";
  sample.findings.push_back(orphan);
  const auto suites = detail::junit_suites(sample.input());
  ASSERT_EQ(suites.size(), 2u);
  EXPECT_EQ(suites[1].name, "Other-X1");
  EXPECT_EQ(counts(suites[1]), (Counts{1, 1, 0, 0}));
  EXPECT_EQ(suites[1].cases[0].classname, "Other.Other-X1");
}

// The XML's declared counts agree with the elements it contains.
TEST(JunitXml, DeclaredCountsMatchTheElements) {
  const std::string xml = write_junit(testing::sample().input());
  const std::regex totals(
      R"re(<testsuites name="infralint" tests="(\d+)" failures="(\d+)" errors="(\d+)" skipped="(\d+)">)re");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(xml, m, totals)) << xml;
  EXPECT_EQ(std::stoul(m[1]), occurrences(xml, "<testcase "));
  EXPECT_EQ(std::stoul(m[2]), occurrences(xml, "<failure "));
  EXPECT_EQ(std::stoul(m[3]), occurrences(xml, "<error "));
  EXPECT_EQ(std::stoul(m[4]), occurrences(xml, "<skipped "));
  EXPECT_EQ(m[0], R"(<testsuites name="infralint" tests="13" failures="4" errors="3" skipped="1">)");
}

TEST(JunitXml, HostileTextIsEscapedAndNothingXmlCannotCarryIsEmitted) {
  const std::string xml = write_junit(testing::sample().input());
  EXPECT_EQ(xml.find('\x1b'), std::string::npos);
  EXPECT_EQ(xml.find('\r'), std::string::npos);
  EXPECT_EQ(xml.find("<b>"), std::string::npos);
  EXPECT_NE(xml.find("pwned &amp; &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; &apos;single&apos;"), std::string::npos);
  EXPECT_NE(xml.find("name=\"evil/Evil\\x1b[31mBucket\""), std::string::npos);
  EXPECT_EQ(xml.find('\xff'), std::string::npos);
}

TEST(JunitXml, NoLineStartsWithAWorkflowCommand) {
  for (const bool with_verdicts : {true, false}) {
    const std::string xml = write_junit(testing::sample().input(with_verdicts));
    for (const std::string& line : testing::lines_of(xml)) {
      const std::size_t start = line.find_first_not_of(" \t");
      EXPECT_NE(line.compare(start == std::string::npos ? line.size() : start, 2, "::"), 0) << line;
    }
  }
}

TEST(JunitXml, TimeOnlyWhenMeasuredAndNoTimestamps) {
  const std::string plain = write_junit(testing::sample().input());
  EXPECT_EQ(plain.find("time="), std::string::npos);
  EXPECT_EQ(plain.find("timestamp"), std::string::npos);
  EXPECT_EQ(plain.find("hostname"), std::string::npos);
  EXPECT_NE(write_junit(testing::timed_sample().input()).find(" time=\"0.044\""), std::string::npos);
}

}  // namespace
}  // namespace infralint::reporters
