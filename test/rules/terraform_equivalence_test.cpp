// A CloudFormation template and a Terraform configuration that declare the same
// resources must get the same verdicts from every AwsSolutions rule: that is what the
// Terraform adapters promise. Each folder under test/fixtures/terraform/equivalence/
// holds a pair, cloudformation.yaml and terraform.tf.json; a CloudFormation logical id
// X stands for the Terraform resource named X (aws_s3_bucket.X). Adding a pair is
// adding a folder: the test finds it.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

#include "infralint/engine/catalog.hpp"
#include "infralint/engine/evaluate.hpp"
#include "infralint/loaders/load.hpp"
#include "infralint/rules/catalog.hpp"
#include "outcome.hpp"

namespace infralint::test {
namespace {

namespace fs = std::filesystem;

fs::path pairs_root() { return fs::path(INFRALINT_SOURCE_DIR) / "test" / "fixtures" / "terraform" / "equivalence"; }

// "aws_s3_bucket.Logs" -> "Logs"; a logical id stays as it is.
std::string resource_name(const std::string& id) {
  const std::size_t dot = id.rfind('.');
  return dot == std::string::npos ? id : id.substr(dot + 1);
}

// References in granular ids name the resource: "<aws_s3_bucket.Uploads.Arn>" is
// CloudFormation's "<Uploads.Arn>".
std::string without_terraform_types(std::string text) {
  std::size_t pos = 0;
  while ((pos = text.find("<aws_", pos)) != std::string::npos) {
    const std::size_t dot = text.find('.', pos);
    const std::size_t close = text.find('>', pos);
    if (dot == std::string::npos || (close != std::string::npos && close < dot)) {
      ++pos;
      continue;
    }
    text.erase(pos + 1, dot - pos);
    ++pos;
  }
  return text;
}

// Every AwsSolutions outcome over one file: "<resource name> <public id> <kind>[ granular=...]".
std::set<std::string> outcomes(const fs::path& file) {
  loaders::LoadResult loaded = loaders::load({file.string()}, {});
  EXPECT_TRUE(loaded.diagnostics.empty()) << file << " must load cleanly";
  EXPECT_FALSE(loaded.graph.stacks().empty()) << file << " loaded no stack";
  const engine::Catalog catalog(rules::all_rules(), rules::all_pack_entries());
  std::vector<engine::Binding> bindings;
  for (const model::PackEntry& entry : rules::all_pack_entries())
    if (entry.pack == std::string_view("AwsSolutions")) bindings.push_back(catalog.bind(entry));
  engine::EvalOptions options;
  options.jobs = 1;
  options.record_verdicts = true;
  const engine::Evaluation evaluation = engine::evaluate(loaded.graph, bindings, options);
  std::set<std::string> out;
  for (const model::Finding& f : evaluation.findings) {
    std::string kind = f.kind == model::FindingKind::Violation    ? "violation"
                       : f.kind == model::FindingKind::Unresolved ? "unresolved"
                                                                  : "error";
    std::string line = resource_name(f.resource_id) + " " + f.rule_id + " " + kind;
    if (!f.granular_id.empty()) line += " granular=" + without_terraform_types(f.granular_id);
    out.insert(std::move(line));
  }
  for (const model::Verdict& v : evaluation.verdicts)
    if (v.state == model::Verdict::State::NotApplicable)
      out.insert(resource_name(v.resource_id) + " " + v.rule_id + " not-applicable");
  return out;
}

std::vector<std::string> pair_folders() {
  std::vector<std::string> out;
  if (fs::is_directory(pairs_root()))
    for (const auto& item : fs::directory_iterator(pairs_root()))
      if (item.is_directory()) out.push_back(item.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

class TerraformEquivalence : public ::testing::TestWithParam<std::string> {};

TEST_P(TerraformEquivalence, SameVerdictsAsCloudFormation) {
  const fs::path folder = pairs_root() / GetParam();
  ASSERT_TRUE(fs::exists(folder / "cloudformation.yaml")) << folder;
  ASSERT_TRUE(fs::exists(folder / "terraform.tf.json")) << folder;
  const std::set<std::string> cfn = outcomes(folder / "cloudformation.yaml");
  const std::set<std::string> tf = outcomes(folder / "terraform.tf.json");
  // A pair that nothing fires on proves little: each must show at least one finding.
  EXPECT_FALSE(cfn.empty()) << "the pair in " << folder << " yields no outcome at all";
  const std::vector<std::string> expected(cfn.begin(), cfn.end());
  const std::vector<std::string> actual(tf.begin(), tf.end());
  EXPECT_EQ(expected, actual) << "CloudFormation (-) and Terraform (+) differ over " << folder << ":\n"
                              << diff(expected, actual);
}

TEST(TerraformEquivalencePairs, ThereAreSome) { EXPECT_FALSE(pair_folders().empty()); }

std::string pair_name(const ::testing::TestParamInfo<std::string>& pair) { return pair.param; }

INSTANTIATE_TEST_SUITE_P(Pairs, TerraformEquivalence, ::testing::ValuesIn(pair_folders()), pair_name);

}  // namespace
}  // namespace infralint::test
