#include "k8s/workload/label_selector.hpp"

#include <gtest/gtest.h>

#include "helpers/json_value.hpp"

namespace infralint::rules::k8s::workload {
namespace {

using model::Value;
using test::json;

Selects run(std::string_view selector, std::string_view labels, bool empty_selects_all = true) {
  const Value s = json(selector);
  const Value l = json(labels);
  return selects(&s, &l, empty_selects_all);
}

constexpr std::string_view kPod = R"({"app": "web", "tier": "frontend", "track": "stable"})";

TEST(LabelSelector, MatchLabelsMustAllHold) {
  EXPECT_EQ(run(R"({"matchLabels": {"app": "web"}})", kPod), Selects::Yes);
  EXPECT_EQ(run(R"({"matchLabels": {"app": "web", "tier": "frontend"}})", kPod), Selects::Yes);
  EXPECT_EQ(run(R"({"matchLabels": {"app": "web", "tier": "backend"}})", kPod), Selects::No);
  EXPECT_EQ(run(R"({"matchLabels": {"missing": "x"}})", kPod), Selects::No);
}

TEST(LabelSelector, MatchExpressionsOperators) {
  EXPECT_EQ(run(R"({"matchExpressions": [{"key": "tier", "operator": "In", "values": ["frontend", "edge"]}]})", kPod),
            Selects::Yes);
  EXPECT_EQ(run(R"({"matchExpressions": [{"key": "tier", "operator": "In", "values": ["backend"]}]})", kPod),
            Selects::No);
  EXPECT_EQ(run(R"({"matchExpressions": [{"key": "track", "operator": "NotIn", "values": ["canary"]}]})", kPod),
            Selects::Yes);
  EXPECT_EQ(run(R"({"matchExpressions": [{"key": "absent", "operator": "NotIn", "values": ["x"]}]})", kPod),
            Selects::Yes);
  EXPECT_EQ(run(R"({"matchExpressions": [{"key": "track", "operator": "NotIn", "values": ["stable"]}]})", kPod),
            Selects::No);
  EXPECT_EQ(run(R"({"matchExpressions": [{"key": "app", "operator": "Exists"}]})", kPod), Selects::Yes);
  EXPECT_EQ(run(R"({"matchExpressions": [{"key": "absent", "operator": "Exists"}]})", kPod), Selects::No);
  EXPECT_EQ(run(R"({"matchExpressions": [{"key": "absent", "operator": "DoesNotExist"}]})", kPod), Selects::Yes);
  EXPECT_EQ(run(R"({"matchExpressions": [{"key": "app", "operator": "DoesNotExist"}]})", kPod), Selects::No);
}

TEST(LabelSelector, LabelsAndExpressionsCombineWithAnd) {
  EXPECT_EQ(run(R"({"matchLabels": {"app": "web"},
                    "matchExpressions": [{"key": "tier", "operator": "In", "values": ["backend"]}]})", kPod),
            Selects::No);
}

TEST(LabelSelector, EmptyAndMissingSelectors) {
  EXPECT_EQ(run("{}", kPod, true), Selects::Yes);
  EXPECT_EQ(run("{}", kPod, false), Selects::No);
  EXPECT_EQ(run(R"({"matchLabels": {}, "matchExpressions": []})", kPod, true), Selects::Yes);
  EXPECT_EQ(run("null", kPod), Selects::No);
  const Value pod = json(kPod);
  EXPECT_EQ(selects(nullptr, &pod, true), Selects::No);
  // A pod without labels is matched only by requirements that want a label absent.
  const Value wants_absent = json(R"({"matchExpressions": [{"key": "app", "operator": "DoesNotExist"}]})");
  const Value wants_app = json(R"({"matchLabels": {"app": "web"}})");
  EXPECT_EQ(selects(&wants_absent, nullptr, true), Selects::Yes);
  EXPECT_EQ(selects(&wants_app, nullptr, true), Selects::No);
}

TEST(LabelSelector, UnreadablePartsAreUnknownUnlessAnotherPartFails) {
  EXPECT_EQ(run(R"("{{ .Values.selector }}")", kPod), Selects::Unknown);
  EXPECT_EQ(run(R"({"matchExpressions": [{"key": "app", "operator": "Matches", "values": ["w.*"]}]})", kPod),
            Selects::Unknown);
  EXPECT_EQ(run(R"({"matchLabels": {"app": "web"},
                    "matchExpressions": [{"key": "app", "operator": "Gt", "values": ["1"]}]})", kPod),
            Selects::Unknown);
  EXPECT_EQ(run(R"({"matchLabels": {"app": "api"},
                    "matchExpressions": [{"key": "app", "operator": "Gt", "values": ["1"]}]})", kPod),
            Selects::No);
  EXPECT_EQ(run(R"({"matchExpressions": [{"key": "app", "operator": "In", "values": "web"}]})", kPod),
            Selects::Unknown);
}

}  // namespace
}  // namespace infralint::rules::k8s::workload
