#include "infralint/engine/config.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace infralint;

namespace {

engine::ConfigError error_of(const std::string& text) {
  engine::ConfigResult r = engine::parse_config(text, ".infralint.yaml");
  EXPECT_FALSE(r.config.has_value()) << text;
  if (!r.error) {
    ADD_FAILURE() << "no error for:\n" << text;
    return {};
  }
  EXPECT_EQ(r.error->file, ".infralint.yaml");
  return *r.error;
}

}  // namespace

TEST(Config, ReadsEveryKey) {
  engine::ConfigResult r = engine::parse_config(R"(# infralint settings
packs: [AwsSolutions, HIPAA.Security]
rules:
  enable: ["AwsSolutions-*"]
  disable:
    - AwsSolutions-IAM4
  levels:
    AwsSolutions-SQS3: warning
    AwsSolutions-S1: note
ignore_paths: ["fixtures/*"]
suppressions:
  - rule: AwsSolutions-S1
    resource: "Logs*"
    path: cdk.out/*
    reason: access logs would log themselves
  - rule: "*-IAM5"
    reason: reviewed in SEC-12
parameters:
  required_tags:
    CostCenter: "^[0-9]{4}$"
    Owner: ".+"
)",
                                                ".infralint.yaml");
  ASSERT_TRUE(r.config.has_value()) << r.error->line << ": " << r.error->message;
  const engine::Config& c = *r.config;
  EXPECT_EQ(c.packs, (std::vector<std::string>{"AwsSolutions", "HIPAA.Security"}));
  EXPECT_EQ(c.enable_rules, (std::vector<std::string>{"AwsSolutions-*"}));
  EXPECT_EQ(c.disable_rules, (std::vector<std::string>{"AwsSolutions-IAM4"}));
  EXPECT_EQ(c.level_overrides.at("AwsSolutions-SQS3"), model::Level::Warning);
  EXPECT_EQ(c.level_overrides.at("AwsSolutions-S1"), model::Level::Note);
  EXPECT_EQ(c.ignore_paths, (std::vector<std::string>{"fixtures/*"}));
  ASSERT_EQ(c.suppressions.size(), 2u);
  EXPECT_EQ(c.suppressions[0].rule, "AwsSolutions-S1");
  EXPECT_EQ(c.suppressions[0].resource, "Logs*");
  EXPECT_EQ(c.suppressions[0].path, "cdk.out/*");
  EXPECT_EQ(c.suppressions[0].reason, "access logs would log themselves");
  EXPECT_EQ(c.suppressions[1].resource, "*");  // defaults
  EXPECT_EQ(c.suppressions[1].path, "*");
  EXPECT_EQ(c.required_tags.at("CostCenter"), "^[0-9]{4}$");
  EXPECT_EQ(c.required_tags.size(), 2u);
}

TEST(Config, EmptyFileAndEmptySectionsAreValid) {
  for (const char* text : {"", "# only a comment\n", "packs:\nrules:\n", "rules:\n  levels:\n"}) {
    engine::ConfigResult r = engine::parse_config(text, "c.yaml");
    EXPECT_TRUE(r.config.has_value()) << text;
  }
}

TEST(Config, UnknownKeyIsAnErrorWithItsLineAndColumn) {
  engine::ConfigError e = error_of("packs: [AwsSolutions]\nrulez:\n  enable: []\n");
  EXPECT_EQ(e.line, 2u);
  EXPECT_EQ(e.column, 1u);
  EXPECT_NE(e.message.find("'rulez'"), std::string::npos) << e.message;

  engine::ConfigError nested = error_of("rules:\n  enable: []\n  skip: [x]\n");
  EXPECT_EQ(nested.line, 3u);
  EXPECT_EQ(nested.column, 3u);
  EXPECT_NE(nested.message.find("'skip'"), std::string::npos) << nested.message;

  engine::ConfigError in_entry = error_of("suppressions:\n  - rule: X\n    reason: fine\n    resorce: Y\n");
  EXPECT_EQ(in_entry.line, 4u);
  EXPECT_NE(in_entry.message.find("'resorce'"), std::string::npos) << in_entry.message;
}

TEST(Config, BadLevelNamesTheRuleAndTheLine) {
  engine::ConfigError e = error_of("rules:\n  levels:\n    AwsSolutions-S1: critical\n");
  EXPECT_EQ(e.line, 3u);
  EXPECT_EQ(e.column, 22u);  // the value
  EXPECT_NE(e.message.find("critical"), std::string::npos) << e.message;
  EXPECT_NE(e.message.find("AwsSolutions-S1"), std::string::npos) << e.message;
}

TEST(Config, RequiredTagPatternMustCompile) {
  engine::ConfigError e = error_of("parameters:\n  required_tags:\n    Owner: \"[a-z\"\n");
  EXPECT_EQ(e.line, 3u);
  EXPECT_NE(e.message.find("Owner"), std::string::npos) << e.message;
  EXPECT_NE(e.message.find("RE2"), std::string::npos) << e.message;
}

TEST(Config, SuppressionNeedsRuleAndReason) {
  engine::ConfigError no_reason = error_of("suppressions:\n  - rule: AwsSolutions-S1\n    resource: B\n");
  EXPECT_EQ(no_reason.line, 2u);
  EXPECT_NE(no_reason.message.find("reason"), std::string::npos) << no_reason.message;

  engine::ConfigError blank = error_of("suppressions:\n  - rule: AwsSolutions-S1\n    reason: \"  \"\n");
  EXPECT_NE(blank.message.find("reason"), std::string::npos) << blank.message;

  engine::ConfigError no_rule = error_of("suppressions:\n  - reason: because\n");
  EXPECT_NE(no_rule.message.find("rule"), std::string::npos) << no_rule.message;
}

TEST(Config, WrongTypesAreErrors) {
  EXPECT_EQ(error_of("packs: AwsSolutions\n").line, 1u);
  EXPECT_EQ(error_of("packs:\n  - [nested]\n").line, 2u);
  EXPECT_EQ(error_of("rules: [a, b]\n").line, 1u);
  EXPECT_EQ(error_of("suppressions:\n  rule: X\n").line, 2u);
  EXPECT_EQ(error_of("suppressions:\n  - just text\n").line, 2u);
  EXPECT_EQ(error_of("- a\n- b\n").line, 1u);
  EXPECT_NE(error_of("packs: []\npacks: []\n").message.find("twice"), std::string::npos);
}

TEST(Config, YamlSyntaxErrorsCarryAPosition) {
  engine::ConfigError e = error_of("packs: [AwsSolutions\nrules:\n");
  EXPECT_GT(e.line, 0u);
  EXPECT_NE(e.message.find("YAML"), std::string::npos) << e.message;
}

TEST(Config, LoadReadsAFileAndReportsOneThatIsMissing) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "infralint-config-test.yaml";
  std::ofstream(path) << "rules:\n  disable: [\"*-IAM4\"]\n";
  engine::ConfigResult ok = engine::load_config(path.string());
  std::filesystem::remove(path);
  ASSERT_TRUE(ok.config.has_value());
  EXPECT_EQ(ok.config->disable_rules, (std::vector<std::string>{"*-IAM4"}));

  engine::ConfigResult missing = engine::load_config(path.string());
  ASSERT_TRUE(missing.error.has_value());
  EXPECT_EQ(missing.error->file, path.string());
}
