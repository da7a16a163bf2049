#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "infralint/reporters/reporters.hpp"
#include "sample_input.hpp"
#include "sarif_parts.hpp"
#include "test_support.hpp"

namespace infralint::reporters {
namespace {

using nlohmann::json;

// nlohmann's parser rejects invalid UTF-8, so parsing is itself a check.
json sarif_of(const testing::Sample& sample, SarifOptions options = {}) {
  return json::parse(write_sarif(sample.input(), options));
}

const json* result_for(const json& log, std::string_view rule_id, std::string_view granular = {}) {
  for (const json& result : log["runs"][0]["results"])
    if (result["ruleId"] == rule_id && (granular.empty() || result["properties"].value("granularId", "") == granular))
      return &result;
  return nullptr;
}

TEST(Sarif, RuleIndexPointsAtTheRule) {
  const json log = sarif_of(testing::sample());
  const json& rules = log["runs"][0]["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), testing::sample().rules.size());
  for (const json& result : log["runs"][0]["results"])
    EXPECT_EQ(rules.at(result["ruleIndex"].get<std::size_t>())["id"], result["ruleId"]);
}

TEST(Sarif, RuleDescriptorsCarryWhatGitHubShows) {
  const json log = sarif_of(testing::sample());
  const json& driver = log["runs"][0]["tool"]["driver"];
  EXPECT_EQ(driver["name"], "infralint");
  EXPECT_EQ(driver["semanticVersion"], "0.1.0");
  const json* s1 = nullptr;
  const json* tracing = nullptr;
  for (const json& rule : driver["rules"]) {
    if (rule["id"] == "AwsSolutions-S1") s1 = &rule;
    if (rule["id"] == "Serverless-LambdaTracing") tracing = &rule;
  }
  ASSERT_NE(s1, nullptr);
  ASSERT_NE(tracing, nullptr);
  EXPECT_EQ((*s1)["name"], "S3BucketDoesNotLogServerAccess");
  EXPECT_EQ((*s1)["shortDescription"]["text"], "S3 bucket does not log server access");
  EXPECT_EQ((*s1)["defaultConfiguration"]["level"], "error");
  EXPECT_EQ((*s1)["properties"]["security-severity"], "8.0");
  EXPECT_EQ((*s1)["properties"]["tags"], json::array({"security", "AwsSolutions"}));
  EXPECT_NE((*s1)["help"]["markdown"].get<std::string>().find("```yaml\nLoggingConfiguration:"), std::string::npos);
  EXPECT_NE((*s1)["help"]["text"].get<std::string>().find("Why it matters: "), std::string::npos);
  EXPECT_EQ((*tracing)["properties"]["security-severity"], "3.0");
  EXPECT_EQ((*tracing)["defaultConfiguration"]["level"], "note");
}

TEST(Sarif, HelpFenceIsLongerThanAnyBacktickRunInTheSnippet) {
  model::RuleInfo rule;
  rule.id = "X-1";
  rule.fix_cfn = "a ```` b";
  const std::string markdown = detail::help_markdown(rule);
  EXPECT_NE(markdown.find("`````yaml\na ```` b\n`````"), std::string::npos) << markdown;
}

TEST(Sarif, RuleNameFallsBackToTheInternalThenPublicId) {
  model::RuleInfo rule;
  rule.id = "AwsSolutions-S1";
  EXPECT_EQ(detail::rule_name(rule), "AwsSolutionsS1");
  rule.rule = "aws-s3-bucket-no-access-logs";
  EXPECT_EQ(detail::rule_name(rule), "AwsS3BucketNoAccessLogs");
  rule.title = "S3 bucket: no logs!";
  EXPECT_EQ(detail::rule_name(rule), "S3BucketNoLogs");
}

TEST(Sarif, ResultLocationIsRelativeEncodedAndOneBased) {
  const json log = sarif_of(testing::sample());
  const json* evil = nullptr;
  for (const json& result : log["runs"][0]["results"])
    if (result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "evil/Evil\x1b[31mBucket" &&
        result["ruleId"] == "AwsSolutions-S1")
      evil = &result;
  ASSERT_NE(evil, nullptr);
  const json& physical = (*evil)["locations"][0]["physicalLocation"];
  EXPECT_EQ(physical["artifactLocation"]["uri"], "templates/my%20app%20%231/stack.yaml");
  EXPECT_EQ(physical["artifactLocation"]["uriBaseId"], "%SRCROOT%");
  EXPECT_EQ(physical["region"]["startLine"], 5);
  EXPECT_EQ((*evil)["locations"][0]["logicalLocations"][0]["kind"], "resource");

  const json* unknown = result_for(log, "Serverless-LambdaTracing");
  ASSERT_NE(unknown, nullptr);
  EXPECT_EQ((*unknown)["locations"][0]["physicalLocation"]["region"], json({{"startLine", 1}, {"startColumn", 1}}));
  EXPECT_EQ((*unknown)["properties"]["kind"], "evaluation-error");
  EXPECT_EQ((*unknown)["message"]["text"], "evaluation error: the rule failed: bad_variant_access");
}

TEST(Sarif, FingerprintsAndPropertiesAreCarried) {
  const json log = sarif_of(testing::sample());
  const json* actions = result_for(log, "AwsSolutions-IAM5", "Action::s3:*");
  ASSERT_NE(actions, nullptr);
  EXPECT_EQ((*actions)["partialFingerprints"]["infralint/v1"], "8a41d0c2e9b37f15");
  EXPECT_EQ((*actions)["properties"]["constructPath"], "App/Role/DefaultPolicy/Resource");
  EXPECT_EQ((*actions)["properties"]["kind"], "violation");
}

TEST(Sarif, InvalidUtf8BecomesReplacementCharacters) {
  const json log = sarif_of(testing::sample());
  const json* undecided = result_for(log, "HIPAA.Security-S3BucketVersioningEnabled");
  ASSERT_NE(undecided, nullptr);
  EXPECT_EQ(
      (*undecided)["message"]["text"],
      "could not evaluate: VersioningConfiguration is \ufffd\ufffd{Fn::ImportValue} \ufffd( \u202eexe.txt\u202c\ttab");
}

TEST(Sarif, SuppressedFindingsAreLeftOutByDefault) {
  const json log = sarif_of(testing::sample());
  EXPECT_EQ(log["runs"][0]["results"].size(), 6u);
  for (const json& result : log["runs"][0]["results"]) EXPECT_FALSE(result.contains("suppressions"));
  EXPECT_EQ(result_for(log, "AwsSolutions-IAM5", "Resource::arn:aws:s3:::logs/*"), nullptr);
}

TEST(Sarif, SuppressedFindingsCarryKindAndJustificationWhenAskedFor) {
  SarifOptions options;
  options.include_suppressed = true;
  const json log = sarif_of(testing::sample(), options);
  EXPECT_EQ(log["runs"][0]["results"].size(), 8u);
  const json* in_source = result_for(log, "AwsSolutions-IAM5", "Resource::arn:aws:s3:::logs/*");
  ASSERT_NE(in_source, nullptr);
  EXPECT_EQ((*in_source)["suppressions"][0]["kind"], "inSource");
  EXPECT_EQ((*in_source)["suppressions"][0]["justification"], "The log prefix belongs to this stack & <nobody> else");
  std::size_t external = 0;
  for (const json& result : log["runs"][0]["results"])
    if (result.contains("suppressions") && result["suppressions"][0]["kind"] == "external") ++external;
  EXPECT_EQ(external, 1u);  // the baseline one
}

TEST(Sarif, CategoryAndInvocation) {
  SarifOptions options;
  options.category = "infralint/cdk";
  const json log = sarif_of(testing::sample(), options);
  const json& run = log["runs"][0];
  EXPECT_EQ(run["automationDetails"]["id"], "infralint/cdk");
  EXPECT_FALSE(run["invocations"][0]["executionSuccessful"]);
  const json& notes = run["invocations"][0]["toolExecutionNotifications"];
  ASSERT_EQ(notes.size(), 3u);
  EXPECT_EQ(notes[1]["level"], "error");
  EXPECT_EQ(notes[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "templates/broken.yaml");
  EXPECT_EQ(notes[1]["locations"][0]["physicalLocation"]["region"]["startLine"], 3);
  EXPECT_EQ(notes[2]["level"], "warning");

  EXPECT_EQ(sarif_of(testing::sample())["runs"][0]["automationDetails"]["id"], "infralint/");
}

TEST(Sarif, WarningDiagnosticsDoNotFailTheExecution) {
  testing::Sample sample = testing::clean_sample();
  EXPECT_TRUE(sarif_of(sample)["runs"][0]["invocations"][0]["executionSuccessful"]);
  sample.summary.diagnostics.push_back({model::Diagnostic::Severity::Warning, "x.json", 0, 0, "skipped"});
  EXPECT_TRUE(sarif_of(sample)["runs"][0]["invocations"][0]["executionSuccessful"]);
  sample.summary.diagnostics.push_back({model::Diagnostic::Severity::Error, "y.json", 1, 1, "bad"});
  EXPECT_FALSE(sarif_of(sample)["runs"][0]["invocations"][0]["executionSuccessful"]);
}

TEST(Sarif, AFindingOfAnUndescribedRuleStillGetsAValidRuleIndex) {
  testing::Sample sample = testing::clean_sample();
  model::Finding orphan;
  orphan.rule_id = "Other-X1";
  orphan.level = model::Level::Warning;
  orphan.file = "a.json";
  sample.findings.push_back(orphan);
  const json log = sarif_of(sample);
  const json& rules = log["runs"][0]["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(rules[1]["id"], "Other-X1");
  EXPECT_EQ(rules[1]["defaultConfiguration"]["level"], "warning");
  EXPECT_EQ(log["runs"][0]["results"][0]["ruleIndex"], 1);
}

TEST(Sarif, TruncationKeepsTheMostSevereInReportOrder) {
  SarifOptions options;
  options.include_suppressed = true;
  const json log = json::parse(detail::write_sarif_capped(testing::sample().input(), options, 3));
  const json& results = log["runs"][0]["results"];
  ASSERT_EQ(results.size(), 3u);
  // Unsuppressed errors outrank the warning, the note and every suppressed finding;
  // of the four unsuppressed errors the first three in report order stay.
  for (const json& result : results) {
    EXPECT_EQ(result["level"], "error");
    EXPECT_FALSE(result.contains("suppressions"));
  }
  EXPECT_EQ(results[0]["properties"].value("granularId", ""), "");
  EXPECT_EQ(results[1]["properties"]["granularId"], "Action::s3:*");
  EXPECT_EQ(results[2]["properties"]["granularId"], "Resource::*");
  const json& notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"];
  EXPECT_EQ(notes.back()["descriptor"]["id"], "infralint/results-truncated");
  EXPECT_NE(notes.back()["message"]["text"].get<std::string>().find("5 results were left out"), std::string::npos);
}

TEST(Sarif, GitHubsLimitIsEnforcedAtFullScale) {
  testing::Sample sample = testing::clean_sample();
  sample.findings.reserve(detail::kMaxSarifResults + 1);
  for (std::size_t i = 0; i < detail::kMaxSarifResults; ++i) {
    model::Finding f;
    f.rule_id = "AwsSolutions-S1";
    f.level = model::Level::Warning;
    f.file = "big.json";
    f.line = static_cast<std::uint32_t>(i + 1);
    sample.findings.push_back(std::move(f));
  }
  model::Finding severe;
  severe.rule_id = "AwsSolutions-S1";
  severe.level = model::Level::Error;
  severe.file = "z.json";  // last in report order, so a plain cut would drop it
  sample.findings.push_back(severe);

  // Searched as text: parsing 25,000 results would dominate the test's run time.
  const std::string sarif = write_sarif(sample.input(), {});
  ASSERT_EQ(detail::kMaxSarifResults, 25000u);
  EXPECT_EQ(testing::occurrences(sarif, "\"ruleId\": "), detail::kMaxSarifResults);
  EXPECT_NE(sarif.find("\"uri\": \"z.json\""), std::string::npos);  // the one error is kept
  EXPECT_NE(sarif.find("\"startLine\": 24999,"), std::string::npos);
  EXPECT_EQ(sarif.find("\"startLine\": 25000,"), std::string::npos);  // the last warning is not
  EXPECT_NE(sarif.find("1 results were left out"), std::string::npos);
}

}  // namespace
}  // namespace infralint::reporters

namespace infralint::reporters::detail {
namespace {

TEST(SarifHelp, NamesTheFixAfterTheRulesFormat) {
  model::RuleInfo aws;
  aws.rule = "aws-s3-bucket-no-server-access-logs";
  aws.fix_cfn = "LoggingConfiguration: {}";
  model::RuleInfo k8s = aws;
  k8s.rule = "k8s-pss-host-namespaces";
  k8s.fix_cfn = "hostNetwork: false";
  EXPECT_NE(help_text(aws).find("Fix in CloudFormation:"), std::string::npos);
  EXPECT_NE(help_text(k8s).find("Compliant manifest:"), std::string::npos);
  EXPECT_EQ(help_markdown(k8s).find("CloudFormation"), std::string::npos);
}

}  // namespace
}  // namespace infralint::reporters::detail
