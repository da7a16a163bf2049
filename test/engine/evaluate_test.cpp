#include "infralint/engine/evaluate.hpp"

#include <gtest/gtest.h>

#include <atomic>

#include <algorithm>
#include <sstream>

#include "infralint/engine/fingerprint.hpp"
#include "support/test_graph.hpp"
#include "support/test_rules.hpp"

// Options with every other field at its default (brace-initialising the struct
// would have to name the progress callback too).
[[maybe_unused]] inline infralint::engine::EvalOptions eval_options(int jobs, bool verdicts) {
  infralint::engine::EvalOptions options;
  options.jobs = jobs;
  options.record_verdicts = verdicts;
  return options;
}

using namespace infralint;
using infralint::testing::add_stack;
using infralint::testing::TestCatalog;

namespace {

constexpr const char* kApp = R"({
  "Parameters": {
    "Versioning": {"Type": "String", "Default": "Suspended"},
    "Mode": {"Type": "String"}
  },
  "Resources": {
    "Good": {"Type": "AWS::S3::Bucket", "Properties": {"VersioningConfiguration": {"Status": "Enabled"}}},
    "Missing": {"Type": "AWS::S3::Bucket", "Metadata": {"aws:cdk:path": "App/Missing/Resource"}},
    "Off": {"Type": "AWS::S3::Bucket", "Properties": {"VersioningConfiguration": {"Status": "Suspended"}}},
    "ByDefault": {"Type": "AWS::S3::Bucket",
                  "Properties": {"VersioningConfiguration": {"Status": {"Ref": "Versioning"}}}},
    "AtDeploy": {"Type": "AWS::S3::Bucket",
                 "Properties": {"VersioningConfiguration": {"Status": {"Ref": "Mode"}}}},
    "Odd/Id": {"Type": "AWS::S3::Bucket"},
    "Policy": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyDocument": {"Statement": [
      {"Effect": "Allow", "Action": ["s3:GetObject", "s3:*"], "Resource": "*"},
      {"Effect": "Allow", "Action": "*", "Resource": "*"}]}}},
    "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"KmsMasterKeyId": "alias/aws/sqs"}},
    "BadQueue": {"Type": "AWS::SQS::Queue"},
    "WeirdQueue": {"Type": "AWS::SQS::Queue"},
    "Aurora": {"Type": "AWS::RDS::DBCluster", "Properties": {"Engine": "aurora-mysql"}},
    "Plain": {"Type": "AWS::RDS::DBInstance", "Properties": {"Engine": "mysql"}},
    "Topic": {"Type": "AWS::SNS::Topic"}
  }
})";

struct Fixture {
  model::Graph graph;
  TestCatalog t;
  Fixture() {
    add_stack(graph, "App", "cdk.out/App.template.json", kApp);
    graph.link();
  }
  engine::Evaluation run(std::vector<engine::Binding> bindings, bool verdicts = false, int jobs = 0) {
    return engine::evaluate(graph, bindings, eval_options(jobs, verdicts));
  }
  const model::Resource& resource(std::string_view id) const { return *graph.stacks()[0]->find(id); }
};

std::vector<const model::Finding*> of(const engine::Evaluation& e, std::string_view resource_id) {
  std::vector<const model::Finding*> out;
  for (const model::Finding& f : e.findings)
    if (f.resource_id == resource_id) out.push_back(&f);
  return out;
}

}  // namespace

TEST(Evaluate, DispatchesEachRuleOnlyToItsResourceTypes) {
  Fixture fx;
  engine::Evaluation e = fx.run(fx.t.bindings());
  // 6 buckets x 2 bucket bindings + 1 policy + 3 queues + 2 databases; the topic has no rule.
  EXPECT_EQ(e.pairs_evaluated, 6u * 2 + 1 + 3 + 2);
  EXPECT_EQ(fx.t.database.calls.load(), 2);
  for (const model::Finding& f : e.findings) {
    EXPECT_EQ(f.message.find("dispatched a"), std::string::npos) << f.message;
    EXPECT_NE(f.resource_id, "Topic");
  }
}

TEST(Evaluate, ViolationOnAValuePointsAtTheKeyHoldingIt) {
  Fixture fx;
  engine::Evaluation e = fx.run(fx.t.only("Test-B1"));
  auto off = of(e, "Off");
  ASSERT_EQ(off.size(), 1u);
  const model::Finding& f = *off[0];
  const model::Member* status = fx.resource("Off").at("/Properties/VersioningConfiguration")->find_member("Status");
  EXPECT_EQ(f.rule_id, "Test-B1");
  EXPECT_EQ(f.pack, "TestPack");
  EXPECT_EQ(f.level, model::Level::Error);
  EXPECT_EQ(f.kind, model::FindingKind::Violation);
  EXPECT_EQ(f.message, "Bucket keeps no object versions: status is not Enabled");
  EXPECT_EQ(f.stack, "App");
  EXPECT_EQ(f.resource_type, "AWS::S3::Bucket");
  EXPECT_EQ(f.file, "cdk.out/App.template.json");
  EXPECT_EQ(f.line, status->key_location.line);
  EXPECT_NE(f.line, status->value.location().line);
  EXPECT_EQ(f.column, status->key_location.column);
  EXPECT_EQ(f.pointer, "/Resources/Off/Properties/VersioningConfiguration/Status");
  EXPECT_EQ(f.fingerprint, engine::fingerprint("Test-B1", "App", "Off", ""));
  EXPECT_FALSE(f.suppression.has_value());
}

TEST(Evaluate, MissingPropertyPointsAtTheResourceTypeLine) {
  Fixture fx;
  engine::Evaluation e = fx.run(fx.t.only("Test-B1"));
  auto missing = of(e, "Missing");
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0]->message, "Bucket keeps no object versions");  // no detail, no colon
  EXPECT_EQ(missing[0]->line, fx.resource("Missing").type_location.line);
  EXPECT_EQ(missing[0]->pointer, "/Resources/Missing");
  EXPECT_EQ(missing[0]->construct_path, "App/Missing/Resource");

  auto odd = of(e, "Odd/Id");
  ASSERT_EQ(odd.size(), 1u);
  EXPECT_EQ(odd[0]->pointer, "/Resources/Odd~1Id");
}

TEST(Evaluate, ResourcesOutsideAResourcesSectionArePointedAtWhereTheyAre) {
  // Other formats (a Kubernetes bundle, say) keep their objects elsewhere in the document.
  model::Graph graph;
  auto stack = std::make_unique<model::Stack>();
  stack->name = "bundle";
  stack->file = "manifests.yaml";
  stack->format = model::Format::Kubernetes;
  stack->root = infralint::testing::parse_json(R"({"documents": [{"kind": "A"}, {"kind": "B"}]})");
  model::Resource& r = stack->resources.emplace_back();
  r.id = "default/b";
  r.type = "AWS::S3::Bucket";
  r.node = stack->root.at("/documents/1");
  graph.add(std::move(stack));
  graph.link();
  TestCatalog t;
  engine::Evaluation e = engine::evaluate(graph, t.only("Test-B1"), {});
  ASSERT_EQ(e.findings.size(), 1u);
  EXPECT_EQ(e.findings[0].pointer, "/documents/1");
  EXPECT_EQ(e.findings[0].file, "manifests.yaml");  // no file registered: the stack's own path
}

TEST(Evaluate, ParameterDefaultsAreJudgedAndDeployTimeValuesAreUnresolved) {
  Fixture fx;
  engine::Evaluation e = fx.run(fx.t.only("Test-B1"));
  auto by_default = of(e, "ByDefault");
  ASSERT_EQ(by_default.size(), 1u);
  EXPECT_EQ(by_default[0]->kind, model::FindingKind::Violation);

  auto at_deploy = of(e, "AtDeploy");
  ASSERT_EQ(at_deploy.size(), 1u);
  const model::Finding& u = *at_deploy[0];
  EXPECT_EQ(u.kind, model::FindingKind::Unresolved);
  EXPECT_EQ(u.level, model::Level::Warning);
  EXPECT_EQ(u.message,
            "Bucket keeps no object versions: the status is only known at deploy");
  // The culprit is the {"Ref": "Mode"} held by the key Status.
  EXPECT_EQ(u.pointer, "/Resources/AtDeploy/Properties/VersioningConfiguration/Status");
  EXPECT_EQ(u.line, fx.resource("AtDeploy").at("/Properties/VersioningConfiguration")->find_member("Status")->key_location.line);
}

TEST(Evaluate, GranularFindingsPointAtArrayItemsAndCarryTheirIds) {
  Fixture fx;
  engine::Evaluation e = fx.run(fx.t.only("Test-P1"));
  auto policy = of(e, "Policy");
  ASSERT_EQ(policy.size(), 2u);
  std::vector<std::string> ids{policy[0]->granular_id, policy[1]->granular_id};
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"Action::*", "Action::s3:*"}));
  for (const model::Finding* f : policy) {
    EXPECT_EQ(f->level, model::Level::Warning);
    EXPECT_EQ(f->fingerprint, engine::fingerprint("Test-P1", "App", "Policy", f->granular_id));
    if (f->granular_id == "Action::s3:*") {
      // An array item has no key: the finding points at the item itself.
      const model::Value* item = fx.resource("Policy").at("/Properties/PolicyDocument/Statement/0/Action/1");
      EXPECT_EQ(f->pointer, "/Resources/Policy/Properties/PolicyDocument/Statement/0/Action/1");
      EXPECT_EQ(f->line, item->location().line);
    } else {
      EXPECT_EQ(f->pointer, "/Resources/Policy/Properties/PolicyDocument/Statement/1/Action");
    }
  }
  EXPECT_NE(policy[0]->fingerprint, policy[1]->fingerprint);
}

TEST(Evaluate, ARuleThatThrowsBecomesAnErrorFindingAndTheScanGoesOn) {
  Fixture fx;
  engine::Evaluation e = fx.run(fx.t.only("Test-Q1"), true);
  auto bad = of(e, "BadQueue");
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0]->kind, model::FindingKind::EvaluationError);
  EXPECT_EQ(bad[0]->level, model::Level::Error);
  EXPECT_NE(bad[0]->message.find("queue parser exploded"), std::string::npos) << bad[0]->message;
  auto weird = of(e, "WeirdQueue");
  ASSERT_EQ(weird.size(), 1u);
  EXPECT_EQ(weird[0]->kind, model::FindingKind::EvaluationError);
  EXPECT_EQ(of(e, "Queue").size(), 0u);  // judged, and compliant
  EXPECT_EQ(e.verdicts.size(), 3u);
}

TEST(Evaluate, VerdictsCoverEveryPairInAStableOrder) {
  Fixture fx;
  engine::Evaluation e = fx.run(fx.t.bindings(), true);
  ASSERT_EQ(e.verdicts.size(), e.pairs_evaluated);
  auto state_of = [&](std::string_view rule, std::string_view resource) {
    for (const model::Verdict& v : e.verdicts)
      if (v.rule_id == rule && v.resource_id == resource) return v.state;
    ADD_FAILURE() << "no verdict for " << rule << " on " << resource;
    return model::Verdict::State::Compliant;
  };
  using S = model::Verdict::State;
  EXPECT_EQ(state_of("Test-B1", "Good"), S::Compliant);
  EXPECT_EQ(state_of("Test-B1", "Off"), S::NonCompliant);
  EXPECT_EQ(state_of("Other-B1", "Off"), S::NonCompliant);
  EXPECT_EQ(state_of("Test-B1", "AtDeploy"), S::Unresolved);
  EXPECT_EQ(state_of("Test-Q1", "BadQueue"), S::Error);
  EXPECT_EQ(state_of("Test-Q1", "Queue"), S::Compliant);
  EXPECT_EQ(state_of("Test-D1", "Aurora"), S::NotApplicable);
  EXPECT_EQ(state_of("Test-D1", "Plain"), S::NonCompliant);
  for (const model::Verdict& v : e.verdicts) {
    EXPECT_EQ(v.file, "cdk.out/App.template.json");
    EXPECT_EQ(v.stack, "App");
    if (v.state == S::NonCompliant) {
      EXPECT_FALSE(v.reason.empty());
    }
  }
  EXPECT_TRUE(std::is_sorted(e.verdicts.begin(), e.verdicts.end(), [](const auto& a, const auto& b) {
    return std::tie(a.file, a.stack, a.resource_id, a.rule_id) < std::tie(b.file, b.stack, b.resource_id, b.rule_id);
  }));
  EXPECT_TRUE(fx.run(fx.t.bindings(), false).verdicts.empty());
}

TEST(Evaluate, NotApplicableGivesNoFindingAndALevelOverrideShows) {
  Fixture fx;
  std::vector<engine::Binding> bindings = fx.t.only("Test-D1");
  bindings[0].level = model::Level::Error;
  engine::Evaluation e = fx.run(bindings);
  EXPECT_TRUE(of(e, "Aurora").empty());
  auto plain = of(e, "Plain");
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0]->level, model::Level::Error);
}

TEST(Evaluate, FindingsAreSortedByFileLineColumnRuleResource) {
  Fixture fx;
  engine::Evaluation e = fx.run(fx.t.bindings());
  EXPECT_TRUE(std::is_sorted(e.findings.begin(), e.findings.end(), model::finding_order));
  EXPECT_GT(e.findings.size(), 8u);
}

namespace {

// A graph of a few thousand resources over several stacks and files.
void build_large(model::Graph& graph) {
  for (int s = 0; s < 6; ++s) {
    std::ostringstream json;
    json << R"({"Parameters": {"V": {"Type": "String", "Default": "Suspended"}}, "Resources": {)";
    for (int i = 0; i < 600; ++i) {
      if (i) json << ",";
      const std::string id = "R" + std::to_string(i);
      switch (i % 6) {
        case 0: json << '"' << id << R"(": {"Type": "AWS::S3::Bucket"})"; break;
        case 1: json << '"' << id << R"(": {"Type": "AWS::S3::Bucket", "Properties": {"VersioningConfiguration": {"Status": {"Ref": "V"}}}})"; break;
        case 2: json << '"' << id << R"(": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyDocument": {"Statement": [{"Action": ["a:*", "b:*", "c:Get"]}]}}})"; break;
        case 3: json << '"' << (i % 12 == 3 ? "Bad" : "Ok") << id << R"(": {"Type": "AWS::SQS::Queue"})"; break;
        case 4: json << '"' << id << R"(": {"Type": "AWS::RDS::DBInstance", "Properties": {"Engine": ")" << (i % 4 ? "aurora" : "mysql") << R"("}})"; break;
        default: json << '"' << id << R"(": {"Type": "AWS::S3::Bucket", "Properties": {"VersioningConfiguration": {"Status": {"Ref": "AWS::Region"}}}})"; break;
      }
    }
    json << "}}";
    // Two stacks share a file, so ordering must fall back to line and rule.
    add_stack(graph, "Stack" + std::to_string(s), "t/" + std::to_string(s / 2) + ".json", json.str());
  }
  graph.link();
}

std::string serialise(const engine::Evaluation& e) {
  std::ostringstream out;
  for (const model::Finding& f : e.findings)
    out << f.file << ':' << f.line << ':' << f.column << ' ' << f.rule_id << ' ' << f.pack << ' '
        << static_cast<int>(f.level) << ' ' << static_cast<int>(f.kind) << ' ' << f.stack << '/' << f.resource_id
        << ' ' << f.resource_type << ' ' << f.granular_id << ' ' << f.pointer << ' ' << f.fingerprint << ' '
        << f.message << '\n';
  for (const model::Verdict& v : e.verdicts)
    out << v.file << ' ' << v.stack << ' ' << v.resource_id << ' ' << v.rule_id << ' ' << static_cast<int>(v.state)
        << ' ' << v.reason << '\n';
  out << e.pairs_evaluated << '\n';
  return out.str();
}

}  // namespace

TEST(Evaluate, OutputIsByteIdenticalForAnyNumberOfJobs) {
  model::Graph graph;
  build_large(graph);
  ASSERT_EQ(graph.resource_count(), 3600u);
  TestCatalog t;
  const std::vector<engine::Binding> bindings = t.bindings();
  const std::string one = serialise(engine::evaluate(graph, bindings, eval_options(1, true)));
  const std::string two = serialise(engine::evaluate(graph, bindings, eval_options(2, true)));
  const std::string eight = serialise(engine::evaluate(graph, bindings, eval_options(8, true)));
  const std::string all = serialise(engine::evaluate(graph, bindings, eval_options(0, true)));
  EXPECT_GT(one.size(), 100000u);  // a real workload: thousands of findings
  EXPECT_EQ(one, two);
  EXPECT_EQ(one, eight);
  EXPECT_EQ(one, all);
}

TEST(Evaluate, ProgressReachesTheTotalAndLeavesOutputAlone) {
  model::Graph graph;
  build_large(graph);
  TestCatalog t;
  const std::vector<engine::Binding> bindings = t.bindings();
  std::atomic<std::size_t> calls{0}, last_total{0}, max_done{0};
  engine::EvalOptions options = eval_options(2, true);
  options.progress = [&](std::size_t done, std::size_t total) {
    ++calls;
    last_total = total;
    std::size_t seen = max_done.load();
    while (done > seen && !max_done.compare_exchange_weak(seen, done)) {
    }
  };
  const engine::Evaluation with = engine::evaluate(graph, bindings, options);
  EXPECT_GT(calls.load(), 0u);
  EXPECT_EQ(last_total.load(), with.pairs_evaluated);
  EXPECT_EQ(max_done.load(), with.pairs_evaluated);
  EXPECT_EQ(serialise(with), serialise(engine::evaluate(graph, bindings, eval_options(2, true))));
}
