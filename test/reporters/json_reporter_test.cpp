#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "infralint/reporters/reporters.hpp"
#include "sample_input.hpp"

namespace infralint::reporters {
namespace {

using Json = nlohmann::ordered_json;

std::vector<std::string> keys_of(const Json& object) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.push_back(key);
  return keys;
}

TEST(JsonReport, TopLevelKeysComeInTheDocumentedOrder) {
  const Json doc = Json::parse(write_json(testing::sample().input()));
  EXPECT_EQ(keys_of(doc),
            (std::vector<std::string>{"schemaVersion", "tool", "summary", "findings", "diagnostics", "rules"}));
  EXPECT_EQ(doc["schemaVersion"], "1.0");
  EXPECT_EQ(doc["tool"]["version"], "0.1.0");
}

TEST(JsonReport, EveryFindingIsThereWithEveryField) {
  const testing::Sample sample = testing::sample();
  const Json doc = Json::parse(write_json(sample.input()));
  ASSERT_EQ(doc["findings"].size(), sample.findings.size());  // suppressed ones too
  const std::vector<std::string> fields{"ruleId",     "pack",         "level",         "kind",       "message", "stack",
                                        "resourceId", "resourceType", "constructPath", "granularId", "file",    "line",
                                        "column",     "pointer",      "suppression",   "fingerprint"};
  for (const Json& finding : doc["findings"]) EXPECT_EQ(keys_of(finding), fields);

  const Json& first = doc["findings"][0];  // report order: the line-0 evaluation error
  EXPECT_EQ(first["ruleId"], "Serverless-LambdaTracing");
  EXPECT_EQ(first["kind"], "evaluation-error");
  EXPECT_EQ(first["line"], 0);
  EXPECT_TRUE(first["suppression"].is_null());

  std::size_t suppressed = 0;
  for (const Json& finding : doc["findings"]) {
    if (finding["suppression"].is_null()) continue;
    ++suppressed;
    EXPECT_EQ(keys_of(finding["suppression"]), (std::vector<std::string>{"source", "reason"}));
  }
  EXPECT_EQ(suppressed, 2u);
}

TEST(JsonReport, StringsAreValidUtf8AndKeepTheirContent) {
  const Json doc = Json::parse(write_json(testing::sample().input()));
  bool seen = false;
  for (const Json& finding : doc["findings"]) {
    if (finding["kind"] != "unresolved") continue;
    seen = true;
    EXPECT_EQ(finding["message"],
              "VersioningConfiguration is \ufffd\ufffd{Fn::ImportValue} \ufffd( \u202eexe.txt\u202c\ttab");
    EXPECT_EQ(finding["resourceId"], "Evil\x1b[31mBucket");  // data, not display: kept, JSON-escaped
  }
  EXPECT_TRUE(seen);
  EXPECT_EQ(write_json(testing::sample().input()).find('\x1b'), std::string::npos);
}

TEST(JsonReport, SummaryCounts) {
  const Json doc = Json::parse(write_json(testing::sample().input()));
  const Json& summary = doc["summary"];
  EXPECT_EQ(summary["rulesRun"], 5);
  const Json& findings = summary["findings"];
  EXPECT_EQ(findings["total"], 8);
  EXPECT_EQ(findings["unsuppressed"], 6);
  EXPECT_EQ(findings["byLevel"], Json({{"error", 4}, {"warning", 1}, {"note", 1}}));
  EXPECT_EQ(findings["byPack"], Json({{"AwsSolutions", 4}, {"HIPAA.Security", 1}, {"Serverless", 1}}));
  EXPECT_EQ(findings["unresolved"], 1);
  EXPECT_EQ(findings["evaluationErrors"], 1);
  EXPECT_EQ(findings["suppressed"], 2);
  EXPECT_EQ(findings["suppressedBySource"], Json({{"baseline", 1}, {"cdk_nag-metadata", 1}}));
  EXPECT_EQ(summary["diagnostics"], Json({{"error", 2}, {"warning", 1}, {"note", 0}}));
  EXPECT_FALSE(summary.contains("timings"));
  const Json timed = Json::parse(write_json(testing::timed_sample().input()));
  EXPECT_EQ(timed["summary"]["timings"][3], Json({{"phase", "evaluate"}, {"milliseconds", 30.125}}));
}

TEST(JsonReport, RulesAndDiagnostics) {
  const Json doc = Json::parse(write_json(testing::sample().input()));
  ASSERT_EQ(doc["rules"].size(), 5u);
  EXPECT_EQ(doc["rules"][1]["id"], "AwsSolutions-S1");
  EXPECT_EQ(doc["rules"][1]["resourceTypes"], Json::array({"AWS::S3::Bucket"}));
  ASSERT_EQ(doc["diagnostics"].size(), 3u);
  EXPECT_EQ(doc["diagnostics"][1], Json({{"severity", "error"},
                                         {"file", "templates/broken.yaml"},
                                         {"line", 3},
                                         {"column", 1},
                                         {"message", "expected a mapping value <here>"}}));
}

}  // namespace
}  // namespace infralint::reporters
