// The command line as users and CI see it: exit statuses, stdout carrying only the
// chosen format, every output file from one scan, baselines, config errors.
#include <gtest/gtest.h>

#include <filesystem>

#include "run.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = fs::path(INFRALINT_TEST_DIR) / "fixtures";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST(Cli, ErrorFindingFailsTheRunWithAFindingLinePerViolation) {
  e2e::Run run = e2e::infralint({"--rule", "AwsSolutions-S1", "app/bucket.yaml"}, kFixtures);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(contains(run.out, "app/bucket.yaml:10:5: error[AwsSolutions-S1] bucket/NoLogs (AWS::S3::Bucket): "))
      << run.out;
  EXPECT_FALSE(contains(run.out, "AccessLogs (AWS::S3::Bucket)")) << run.out;
}

TEST(Cli, FailOnNeverAndCleanInputsExitZero) {
  EXPECT_EQ(e2e::infralint({"--rule", "AwsSolutions-S1", "--fail-on", "never", "app/bucket.yaml"}, kFixtures).exit_code, 0);
  e2e::Run suppressed = e2e::infralint({"--rule", "AwsSolutions-S1", "app/suppressed.json"}, kFixtures);
  EXPECT_EQ(suppressed.exit_code, 0) << suppressed.out << suppressed.err;
}

TEST(Cli, UsageAndInputProblemsExitTwo) {
  EXPECT_EQ(e2e::infralint({"--no-such-option"}, kFixtures).exit_code, 2);
  EXPECT_EQ(e2e::infralint({"--format", "xml", "app"}, kFixtures).exit_code, 2);
  EXPECT_EQ(e2e::infralint({"--packs", "NoSuchPack", "app"}, kFixtures).exit_code, 2);
  EXPECT_EQ(e2e::infralint({"--jobs", "0", "app"}, kFixtures).exit_code, 2);
  e2e::Run missing = e2e::infralint({"does/not/exist.yaml"}, kFixtures);
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_TRUE(contains(missing.err, "does/not/exist.yaml")) << missing.err;
  e2e::TempDir empty;
  e2e::Run nothing = e2e::infralint({"."}, empty.path());
  EXPECT_EQ(nothing.exit_code, 2);
  EXPECT_TRUE(contains(nothing.err, "no CloudFormation")) << nothing.err;
  e2e::Run empty_sarif = e2e::infralint({"-f", "sarif", "."}, empty.path());
  EXPECT_EQ(empty_sarif.exit_code, 2);
  EXPECT_TRUE(contains(empty_sarif.out, "\"results\": []")) << "an empty but valid SARIF log: " << empty_sarif.out;
}

TEST(Cli, StdoutCarriesOnlyTheChosenFormat) {
  for (const char* format : {"sarif", "json", "junit"}) {
    e2e::Run run = e2e::infralint({"-f", format, "-v", "app"}, kFixtures);
    ASSERT_EQ(run.exit_code, 1) << format << run.err;
    const char first = std::string(format) == "junit" ? '<' : '{';
    ASSERT_FALSE(run.out.empty());
    EXPECT_EQ(run.out.front(), first) << format;
    EXPECT_FALSE(contains(run.out, "infralint: ")) << "log text leaked into stdout for " << format;
  }
}

TEST(Cli, EveryRequestedFormatIsWrittenInOneScan) {
  e2e::TempDir out;
  e2e::Run run = e2e::infralint({"--sarif", (out.path() / "r.sarif").string(), "--junit",
                                 (out.path() / "r.xml").string(), "--json", (out.path() / "r.json").string(),
                                 "-o", (out.path() / "r.txt").string(), "app"},
                                kFixtures);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(run.out.empty()) << "with -o, stdout stays empty";
  EXPECT_TRUE(contains(e2e::read_file(out.path() / "r.sarif"), "\"2.1.0\""));
  EXPECT_TRUE(contains(e2e::read_file(out.path() / "r.xml"), "<testsuites"));
  EXPECT_TRUE(contains(e2e::read_file(out.path() / "r.json"), "schemaVersion"));
  EXPECT_TRUE(contains(e2e::read_file(out.path() / "r.txt"), "error[AwsSolutions-S1]"));
}

TEST(Cli, ABaselineOfTodaysFindingsLetsTheRunPass) {
  e2e::TempDir out;
  const std::string baseline = (out.path() / "baseline.txt").string();
  EXPECT_EQ(e2e::infralint({"--write-baseline", baseline, "app"}, kFixtures).exit_code, 1);
  EXPECT_FALSE(e2e::read_file(baseline).empty());
  e2e::Run again = e2e::infralint({"--baseline", baseline, "app"}, kFixtures);
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
}

TEST(Cli, ConfigErrorsNameTheLineAndStopTheScan) {
  e2e::TempDir dir;
  e2e::write_file(dir.path() / ".infralint.yaml", "packs: [AwsSolutions]\nrulez:\n  disable: [\"*\"]\n");
  fs::copy(kFixtures / "app" / "bucket.yaml", dir.path() / "bucket.yaml");
  e2e::Run run = e2e::infralint({"."}, dir.path());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(contains(run.err, ".infralint.yaml:2:")) << run.err;
}

TEST(Cli, ConfigCanDisableRules) {
  e2e::TempDir dir;
  e2e::write_file(dir.path() / "cfg.yaml", "rules:\n  disable: [\"AwsSolutions-*\"]\n");
  fs::copy(kFixtures / "app" / "bucket.yaml", dir.path() / "bucket.yaml");
  e2e::Run run = e2e::infralint({"--config", "cfg.yaml", "bucket.yaml"}, dir.path());
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
}

TEST(Cli, ExplainDescribesARuleAndRejectsUnknownOnes) {
  e2e::Run run = e2e::infralint({"--explain", "AwsSolutions-S1"}, kFixtures);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_TRUE(contains(run.out, "AwsSolutions-S1")) << run.out;
  EXPECT_TRUE(contains(run.out, "Fix in CloudFormation")) << run.out;
  EXPECT_EQ(e2e::infralint({"--explain", "AwsSolutions-NOPE"}, kFixtures).exit_code, 2);
}

TEST(Cli, RulesCatalogueInDocsIsUpToDate) {
  e2e::Run run = e2e::infralint({"--list-rules", "--format", "markdown"}, kFixtures);
  ASSERT_EQ(run.exit_code, 0);
  const std::string committed = e2e::read_file(fs::path(INFRALINT_SOURCE_DIR) / "docs" / "rules.md");
  EXPECT_EQ(run.out, committed)
      << "docs/rules.md is stale: run `infralint --list-rules --format markdown > docs/rules.md`";
}

TEST(Cli, VersionAndHelp) {
  EXPECT_TRUE(contains(e2e::infralint({"--version"}).out, "infralint "));
  e2e::Run help = e2e::infralint({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_TRUE(contains(help.out, "--fail-on"));
}
