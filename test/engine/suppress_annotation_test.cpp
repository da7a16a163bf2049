// The Kubernetes suppression annotation, infralint.io/suppress: how its text is read,
// where on an object it is honoured, and how a malformed entry is reported.
#include "suppress_annotation.hpp"

#include <gtest/gtest.h>

#include <array>
#include <memory>

#include "infralint/engine/catalog.hpp"
#include "infralint/engine/evaluate.hpp"
#include "infralint/engine/suppress.hpp"
#include "infralint/model/pack.hpp"
#include "infralint/model/rule.hpp"
#include "support/test_graph.hpp"

using namespace infralint;

namespace {

// --- Reading the annotation's text ---

struct TextCase {
  const char* text;
  const char* entries;  // "id=reason" or "id!problem" per entry, joined by " | "
};

std::string describe(const std::vector<engine::SuppressionEntry>& entries) {
  std::string out;
  for (const engine::SuppressionEntry& e : entries) {
    if (!out.empty()) out += " | ";
    out += e.id;
    if (e.valid()) out += "=" + e.reason;
    for (const std::string& p : e.problems) out += "!" + p;
  }
  return out;
}

class AnnotationText : public ::testing::TestWithParam<TextCase> {};

TEST_P(AnnotationText, ReadsEntries) {
  const model::Value value = model::Value::string(GetParam().text);
  const std::vector<engine::SuppressionEntry> entries = engine::read_annotation(value);
  EXPECT_EQ(describe(entries), GetParam().entries) << GetParam().text;
  for (const engine::SuppressionEntry& e : entries) EXPECT_EQ(e.node, &value);
}

INSTANTIATE_TEST_SUITE_P(
    Table, AnnotationText,
    ::testing::Values(
        TextCase{"K8s-PSS-B1: the CNI agent needs the host network", "K8s-PSS-B1=the CNI agent needs the host network"},
        TextCase{"A-1: first reason; B-2: second reason", "A-1=first reason | B-2=second reason"},
        TextCase{"  A-1 :  spaced out  ;\n  B-2: on its own line\n", "A-1=spaced out | B-2=on its own line"},
        TextCase{"A-1: trailing separator;", "A-1=trailing separator"},
        TextCase{"A-1: x;;B-2: y", "A-1=x | B-2=y"},
        TextCase{"A-1: see https://example.com/why: it explains", "A-1=see https://example.com/why: it explains"},
        TextCase{"A-1", "A-1!the entry has no reason: write 'RULE-ID: reason'"},
        TextCase{"A-1:   ", "A-1!the reason is blank"},
        TextCase{": a reason without a rule", "!the entry names no rule id before its ':'"},
        TextCase{"A-1: fine; B-2", "A-1=fine | B-2!the entry has no reason: write 'RULE-ID: reason'"},
        TextCase{"", "!the annotation lists no suppressions"},
        TextCase{" ; ", "!the annotation lists no suppressions"}));

TEST(AnnotationText, ANonStringValueIsOneBadEntry) {
  const model::Value value = model::Value::array({});
  EXPECT_EQ(describe(engine::read_annotation(value)),
            "!the annotation must be a string of 'RULE-ID: reason' entries separated by ';'");
}

// --- Honouring it on Kubernetes objects ---

// Flags every object it is given: each test decides by the annotation alone.
class FlagsEverything final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{.id = "test-k8s-flag",
                                         .title = "Flags every object",
                                         .resource_types = {"v1/Pod", "apps/v1/Deployment", "batch/v1/CronJob",
                                                            "v1/PodTemplate", "v1/ConfigMap"}};
  const model::RuleMeta& meta() const override { return kMeta; }
  void check(const model::Resource& r, model::Sink& sink) const override { sink.report(r, "flagged"); }
};

constexpr std::array<model::PackEntry, 2> kEntries{{
    {"TestK8s", "TestK8s-1", "test-k8s-flag", model::Level::Error, "Flagged"},
    {"TestK8s2", "TestK8s-2", "test-k8s-flag", model::Level::Warning, "Flagged again"},
}};

struct Scan {
  model::Graph graph;
  std::vector<model::Finding> findings;
  std::vector<model::Finding> problems;

  // One stack of `format` whose documents are the JSON array `objects`; ids are
  // "<kind>/<metadata.name>".
  Scan(std::string_view objects, model::Format format = model::Format::Kubernetes) {
    auto stack = std::make_unique<model::Stack>();
    stack->name = "manifests";
    stack->file_id = graph.add_file("manifests.yaml");
    stack->file = "manifests.yaml";
    stack->format = format;
    stack->root = infralint::testing::parse_json(objects, stack->file_id);
    for (const model::Value& object : stack->root.items()) {
      model::Resource& r = stack->resources.emplace_back();
      r.type = std::string(object.find("apiVersion")->as_string()) + "/" + std::string(object.find("kind")->as_string());
      r.id = std::string(object.find("kind")->as_string()) + "/" + std::string(object.at("/metadata/name")->as_string());
      r.node = &object;
      r.location = object.location();
      r.type_location = object.find_member("kind")->key_location;
    }
    graph.add(std::move(stack));
    graph.link();
    FlagsEverything rule;
    const std::array<const model::Rule*, 1> rules{&rule};
    const engine::Catalog catalog(rules, kEntries);
    std::vector<engine::Binding> bindings;
    for (const model::PackEntry& e : kEntries) bindings.push_back(catalog.bind(e));
    findings = engine::evaluate(graph, bindings, {}).findings;
    problems = engine::apply_suppressions(graph, {}, findings);
  }

  std::string verdict(std::string_view rule, std::string_view resource) const {
    for (const model::Finding& f : findings)
      if (f.rule_id == rule && f.resource_id == resource)
        return f.suppression ? std::string(model::to_string(f.suppression->source)) + ": " + f.suppression->reason
                             : "open";
    return "no finding";
  }
};

TEST(KubernetesAnnotation, OnTheObjectOrItsPodTemplate) {
  const Scan scan(R"([
    {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "own",
      "annotations": {"infralint.io/suppress": "TestK8s-1: a debug pod that never leaves the lab"}}},
    {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "template"},
      "spec": {"template": {"metadata": {"annotations": {"infralint.io/suppress": "TestK8s-1: set by the chart on pods"}}}}},
    {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "cron"},
      "spec": {"jobTemplate": {"spec": {"template": {"metadata": {"annotations":
        {"infralint.io/suppress": "TestK8s-2: nightly job, reviewed"}}}}}}},
    {"apiVersion": "v1", "kind": "PodTemplate", "metadata": {"name": "bare"},
      "template": {"metadata": {"annotations": {"infralint.io/suppress": "TestK8s-1: only a template"}}}},
    {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "other",
      "annotations": {"example.com/suppress": "TestK8s-1: another tool's annotation"}}}
  ])");
  EXPECT_TRUE(scan.problems.empty());
  EXPECT_EQ(scan.verdict("TestK8s-1", "Pod/own"), "infralint-metadata: a debug pod that never leaves the lab");
  EXPECT_EQ(scan.verdict("TestK8s-2", "Pod/own"), "open") << "only the rule named";
  EXPECT_EQ(scan.verdict("TestK8s-1", "Deployment/template"), "infralint-metadata: set by the chart on pods");
  EXPECT_EQ(scan.verdict("TestK8s-1", "CronJob/cron"), "open");
  EXPECT_EQ(scan.verdict("TestK8s-2", "CronJob/cron"), "infralint-metadata: nightly job, reviewed");
  EXPECT_EQ(scan.verdict("TestK8s-1", "PodTemplate/bare"), "infralint-metadata: only a template");
  EXPECT_EQ(scan.verdict("TestK8s-1", "ConfigMap/other"), "open");
}

TEST(KubernetesAnnotation, ObjectAndTemplateEntriesAddUp) {
  const Scan scan(R"([
    {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web",
      "annotations": {"infralint.io/suppress": "TestK8s-2: from the object"}},
      "spec": {"template": {"metadata": {"annotations": {"infralint.io/suppress": "TestK8s-1: from the pods"}}}}}
  ])");
  EXPECT_EQ(scan.verdict("TestK8s-1", "Deployment/web"), "infralint-metadata: from the pods");
  EXPECT_EQ(scan.verdict("TestK8s-2", "Deployment/web"), "infralint-metadata: from the object");
}

TEST(KubernetesAnnotation, OnlyKubernetesStacksReadIt) {
  const Scan scan(R"([{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p",
      "annotations": {"infralint.io/suppress": "TestK8s-1: looks like one"}}}])",
                  model::Format::CloudFormation);
  EXPECT_EQ(scan.verdict("TestK8s-1", "Pod/p"), "open");
  EXPECT_TRUE(scan.problems.empty());
}

TEST(KubernetesAnnotation, MalformedEntriesAreReportedWhereTheyAreAndTheRestStillCount) {
  const Scan scan(R"([
    {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p",
      "annotations": {"infralint.io/suppress": "TestK8s-1; TestK8s-2: reviewed by security"}}}
  ])");
  EXPECT_EQ(scan.verdict("TestK8s-1", "Pod/p"), "open") << "an entry without a reason suppresses nothing";
  EXPECT_EQ(scan.verdict("TestK8s-2", "Pod/p"), "infralint-metadata: reviewed by security");
  ASSERT_EQ(scan.problems.size(), 1u);
  const model::Finding& problem = scan.problems[0];
  EXPECT_EQ(problem.rule_id, engine::kInvalidSuppressionRuleId);
  EXPECT_EQ(problem.level, model::Level::Error);
  EXPECT_EQ(problem.resource_id, "Pod/p");
  EXPECT_EQ(problem.granular_id, "TestK8s-1");
  EXPECT_EQ(problem.message,
            "Suppression entry in the infralint.io/suppress annotation for 'TestK8s-1' is not honoured: the entry has no "
            "reason: write 'RULE-ID: reason'");
  EXPECT_EQ(problem.pointer, "/0/metadata/annotations/infralint.io~1suppress");
  // A finding points at the line of the annotation's key.
  const model::Value* annotations = scan.graph.stacks()[0]->root.at("/0/metadata/annotations");
  ASSERT_NE(annotations, nullptr);
  EXPECT_EQ(problem.line, annotations->members()[0].key_location.line);
}

}  // namespace
