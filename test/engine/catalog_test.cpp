#include "infralint/engine/catalog.hpp"

#include <gtest/gtest.h>

#include "support/test_rules.hpp"

using namespace infralint;
using infralint::testing::TestCatalog;

TEST(Catalog, JoinsEntriesToTheRulesTheyBind) {
  TestCatalog t;
  ASSERT_NE(t.catalog.entry("Test-B1"), nullptr);
  EXPECT_EQ(t.catalog.entry("Nope"), nullptr);
  EXPECT_EQ(t.catalog.rule("test-queue-unencrypted"), &t.queue);
  EXPECT_EQ(t.catalog.rule("nope"), nullptr);
  engine::Binding b = t.catalog.bind(*t.catalog.entry("Other-B1"));
  EXPECT_EQ(b.rule, &t.bucket);
  EXPECT_EQ(b.level, model::Level::Warning);
  EXPECT_EQ(t.catalog.pack_names(), (std::vector<std::string>{"TestPack", "OtherPack"}));
}

TEST(Catalog, DescribeCarriesTheRuleProseAndAHelpAnchor) {
  TestCatalog t;
  engine::Binding b = t.catalog.bind(*t.catalog.entry("Test-B1"));
  b.level = model::Level::Note;  // a config override shows in the description
  model::RuleInfo info = t.catalog.describe(b);
  EXPECT_EQ(info.id, "Test-B1");
  EXPECT_EQ(info.pack, "TestPack");
  EXPECT_EQ(info.rule, "test-bucket-unversioned");
  EXPECT_EQ(info.level, model::Level::Note);
  EXPECT_EQ(info.title, "Bucket keeps no versions");
  EXPECT_EQ(info.message, "Bucket keeps no object versions");
  EXPECT_EQ(info.what, "what it flags");
  EXPECT_EQ(info.why, "why it matters");
  EXPECT_EQ(info.fix_cdk, "versioned: true");
  EXPECT_EQ(info.resource_types, (std::vector<std::string>{"AWS::S3::Bucket"}));
  EXPECT_EQ(info.help_uri, "https://github.com/infralint/infralint/blob/main/docs/rules.md#test-b1");
}

TEST(Catalog, RefusesEntriesForUnknownRulesAndRepeatedIds) {
  TestCatalog t;
  const std::array<model::PackEntry, 1> unknown{{{"P", "P-1", "no-such-rule", model::Level::Error, "m"}}};
  EXPECT_THROW(engine::Catalog(t.rules, unknown), std::invalid_argument);
  const std::array<model::PackEntry, 2> repeated{{
      {"P", "P-1", "test-bucket-unversioned", model::Level::Error, "m"},
      {"Q", "P-1", "test-queue-unencrypted", model::Level::Error, "m"},
  }};
  EXPECT_THROW(engine::Catalog(t.rules, repeated), std::invalid_argument);
  const std::array<const model::Rule*, 2> twice{&t.bucket, &t.bucket};
  EXPECT_THROW(engine::Catalog(twice, std::span<const model::PackEntry>{}), std::invalid_argument);
}
