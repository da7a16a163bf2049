// K8s-BestPractices rules that judge an object by others of the scan find those
// others in any file: each folder of test/fixtures/rules/k8s/cross_file/ is loaded as
// one scan and the findings of one rule are compared with what is stated here.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "infralint/engine/catalog.hpp"
#include "infralint/engine/evaluate.hpp"
#include "infralint/loaders/load.hpp"
#include "infralint/rules/catalog.hpp"

namespace infralint::test {
namespace {

namespace fs = std::filesystem;

// "<file name>:<line> <resource id> <kind>" for each finding of `public_id` over the
// folder, sorted; load diagnostics fail the test.
std::vector<std::string> findings(std::string_view folder, std::string_view public_id, std::size_t jobs = 1) {
  const fs::path root = fs::path(INFRALINT_SOURCE_DIR) / "test/fixtures/rules/k8s/cross_file" / folder;
  loaders::LoadResult loaded = loaders::load({root.string()}, {});
  for (const model::Diagnostic& d : loaded.diagnostics) ADD_FAILURE() << d.file << ":" << d.line << ": " << d.message;
  const engine::Catalog catalog(rules::all_rules(), rules::all_pack_entries());
  const engine::Binding binding = catalog.bind(*catalog.entry(public_id));
  engine::EvalOptions options;
  options.jobs = jobs;
  const engine::Evaluation evaluation = engine::evaluate(loaded.graph, {&binding, 1}, options);
  std::vector<std::string> out;
  for (const model::Finding& f : evaluation.findings)
    out.push_back(fs::path(f.file).filename().string() + ":" + std::to_string(f.line) + " " + f.resource_id +
                  (f.kind == model::FindingKind::Violation ? " violation" : " other"));
  std::sort(out.begin(), out.end());
  return out;
}

using Lines = std::vector<std::string>;

TEST(K8sCrossFile, ANetworkPolicyInAnotherFileCoversItsNamespace) {
  // shop's policy is in zz_policies.yaml; payments has none, and its finding sits on its
  // first workload in scan order, whichever file the others are in.
  EXPECT_EQ(findings("policies_apart", "K8s-BestPractices-NP1"),
            (Lines{"workloads.yaml:15 Deployment/payments/api violation"}));
  EXPECT_EQ(findings("policies_apart", "K8s-BestPractices-NP1", 4), findings("policies_apart", "K8s-BestPractices-NP1"));
}

TEST(K8sCrossFile, AServiceAccountInAnotherFileCanTurnTheTokenOff) {
  EXPECT_EQ(findings("accounts_apart", "K8s-BestPractices-SA1"),
            (Lines{"deployments.yaml:12 Deployment/shop/api violation"}));
}

TEST(K8sCrossFile, BudgetsAutoscalersAndLimitRangesInAnotherFileCount) {
  // web has a budget, worker an autoscaler keeping three replicas; api has neither.
  EXPECT_EQ(findings("budgets_apart", "K8s-BestPractices-PDB1"),
            (Lines{"app.yaml:17 Deployment/shop/api violation"}));
  // The LimitRange's default limits give every container a memory limit and, through
  // them, cpu and memory requests.
  EXPECT_EQ(findings("budgets_apart", "K8s-BestPractices-RES1"), Lines{});
  EXPECT_EQ(findings("budgets_apart", "K8s-BestPractices-RES2"), Lines{});
  // Without the platform file the same containers are reported.
  EXPECT_EQ(findings("budgets_apart/app.yaml", "K8s-BestPractices-RES2").size(), 3u);
}

}  // namespace
}  // namespace infralint::test
