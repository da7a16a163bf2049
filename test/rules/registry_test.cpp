// The registry and pack tables hold together: what the catalogue, the docs and the
// fixture runner rely on.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "infralint/engine/catalog.hpp"
#include "infralint/rules/catalog.hpp"
#include "outcome.hpp"

namespace infralint::test {
namespace {

namespace fs = std::filesystem;

TEST(Registry, RuleIdsAreUniqueAndSorted) {
  std::vector<std::string_view> ids;
  for (const model::Rule* rule : rules::all_rules()) ids.push_back(rule->meta().id);
  ASSERT_FALSE(ids.empty());
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end())) << "rules.def must stay sorted by internal id";
  EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end()) << "two rules share an id";
}

TEST(Registry, EveryRuleHasProseTypesAndAFixtureFolder) {
  for (const model::Rule* rule : rules::all_rules()) {
    const model::RuleMeta& meta = rule->meta();
    SCOPED_TRACE(std::string(meta.id));
    EXPECT_TRUE(meta.id.starts_with("aws-") || meta.id.starts_with("k8s-"));
    EXPECT_FALSE(meta.title.empty());
    EXPECT_FALSE(meta.what.empty());
    EXPECT_FALSE(meta.why.empty());
    EXPECT_FALSE(meta.fix_cfn.empty());
    // Kubernetes rules have no CDK form: their compliant manifest is in fix_cfn, and
    // --explain, the docs and SARIF leave an empty fix_cdk out.
    if (meta.id.starts_with("aws-")) {
      EXPECT_FALSE(meta.fix_cdk.empty());
    }
    EXPECT_GT(meta.resource_types.size(), 0u);
    const fs::path folder = fixture_folder(meta.id);
    EXPECT_TRUE(fs::exists(folder / "compliant.yaml") || fs::exists(folder / "compliant.json")) << folder;
    EXPECT_TRUE(fs::exists(folder / "noncompliant.yaml") || fs::exists(folder / "noncompliant.json")) << folder;
    EXPECT_TRUE(fs::exists(folder / "expected.txt")) << folder;
  }
}

TEST(Registry, EveryPackEntryResolvesAndEveryRuleIsInAPack) {
  std::set<std::string_view> public_ids, bound;
  for (const model::PackEntry& entry : rules::all_pack_entries()) {
    EXPECT_TRUE(public_ids.insert(entry.public_id).second) << "duplicate public id " << entry.public_id;
    EXPECT_TRUE(entry.public_id.starts_with(std::string(entry.pack) + "-")) << entry.public_id;
    EXPECT_FALSE(entry.message.empty()) << entry.public_id;
    const auto rules = rules::all_rules();
    const bool known = std::any_of(rules.begin(), rules.end(), [&](const model::Rule* r) { return r->meta().id == entry.rule_id; });
    EXPECT_TRUE(known) << entry.public_id << " names unknown rule " << entry.rule_id;
    bound.insert(entry.rule_id);
  }
  for (const model::Rule* rule : rules::all_rules())
    EXPECT_TRUE(bound.contains(rule->meta().id)) << rule->meta().id << " is in no pack, so nothing runs it";
  // The engine accepts the tables as they are.
  EXPECT_NO_THROW(engine::Catalog(rules::all_rules(), rules::all_pack_entries()));
}

}  // namespace
}  // namespace infralint::test
