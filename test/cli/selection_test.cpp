// Which packs a scan runs when nobody names any: the inputs decide, and a default
// pack the catalogue does not hold is passed over, never an error.
#include "selection.hpp"

#include <gtest/gtest.h>

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "infralint/model/pack.hpp"
#include "infralint/model/rule.hpp"

namespace infralint::cli {
namespace {

using Strings = std::vector<std::string>;

class AnyRule final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{.id = "test-any", .title = "Any", .resource_types = {"v1/Pod"}};
  const model::RuleMeta& meta() const override { return kMeta; }
  void check(const model::Resource&, model::Sink&) const override {}
};

const AnyRule kRule;
const std::array<const model::Rule*, 1> kRules{&kRule};

constexpr std::array<model::PackEntry, 4> kEveryPack{{
    {"AwsSolutions", "AwsSolutions-T1", "test-any", model::Level::Error, "m"},
    {"K8s-PSS-Baseline", "K8s-PSS-T1", "test-any", model::Level::Error, "m"},
    {"K8s-PSS-Restricted", "K8s-PSS-T2", "test-any", model::Level::Error, "m"},
    {"K8s-BestPractices", "K8s-BP-T1", "test-any", model::Level::Warning, "m"},
}};
constexpr std::array<model::PackEntry, 1> kAwsOnly{{
    {"AwsSolutions", "AwsSolutions-T1", "test-any", model::Level::Error, "m"},
}};

model::Graph graph_of(std::initializer_list<model::Format> formats) {
  model::Graph graph;
  int n = 0;
  for (model::Format format : formats) {
    auto stack = std::make_unique<model::Stack>();
    stack->name = "s" + std::to_string(n++);
    stack->format = format;
    graph.add(std::move(stack));
  }
  graph.link();
  return graph;
}

Selection select(std::span<const model::PackEntry> entries, const model::Graph& graph, const Options& options = {},
                 const engine::Config& config = {}) {
  const engine::Catalog catalog(kRules, entries);
  return select_rules(catalog, options, config, graph);
}

using model::Format;

TEST(DefaultPacks, FollowTheInputs) {
  EXPECT_EQ(select(kEveryPack, graph_of({Format::Kubernetes})).packs, (Strings{"K8s-PSS-Baseline", "K8s-BestPractices"}));
  EXPECT_EQ(select(kEveryPack, graph_of({Format::CloudFormation})).packs, Strings{"AwsSolutions"});
  EXPECT_EQ(select(kEveryPack, graph_of({Format::Terraform})).packs, Strings{"AwsSolutions"});
  EXPECT_EQ(select(kEveryPack, graph_of({Format::Kubernetes, Format::CloudFormation, Format::Kubernetes})).packs,
            (Strings{"AwsSolutions", "K8s-PSS-Baseline", "K8s-BestPractices"}));
  EXPECT_EQ(select(kEveryPack, graph_of({})).packs, Strings{"AwsSolutions"}) << "nothing found: as before";
}

TEST(DefaultPacks, RunTheRulesOfThosePacksOnly) {
  const Selection s = select(kEveryPack, graph_of({Format::Kubernetes}));
  Strings ids;
  for (const engine::Binding& b : s.bindings) ids.emplace_back(b.entry->public_id);
  EXPECT_EQ(ids, (Strings{"K8s-PSS-T1", "K8s-BP-T1"})) << "Restricted is opt-in; AwsSolutions judges no manifest";
}

TEST(DefaultPacks, ThatTheCatalogueLacksArePassedOver) {
  const Selection k8s = select(kAwsOnly, graph_of({Format::Kubernetes}));
  EXPECT_TRUE(k8s.error.empty()) << k8s.error;
  EXPECT_EQ(k8s.packs, Strings{});
  EXPECT_TRUE(k8s.bindings.empty());
  const Selection mixed = select(kAwsOnly, graph_of({Format::Kubernetes, Format::CloudFormation}));
  EXPECT_TRUE(mixed.error.empty()) << mixed.error;
  EXPECT_EQ(mixed.packs, Strings{"AwsSolutions"});
}

TEST(DefaultPacks, GiveWayToPacksTheUserNamed) {
  Options options;
  options.packs = {"K8s-PSS-Restricted"};
  EXPECT_EQ(select(kEveryPack, graph_of({Format::CloudFormation}), options).packs, Strings{"K8s-PSS-Restricted"});
  engine::Config config;
  config.packs = {"AwsSolutions"};
  EXPECT_EQ(select(kEveryPack, graph_of({Format::Kubernetes}), {}, config).packs, Strings{"AwsSolutions"});
  // A pack named by the user must exist: that stays an error.
  options.packs = {"K8s-PSS-Baseline"};
  EXPECT_NE(select(kAwsOnly, graph_of({Format::Kubernetes}), options).error, "");
}

}  // namespace
}  // namespace infralint::cli
