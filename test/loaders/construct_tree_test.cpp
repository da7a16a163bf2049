// tree.json: which CDK class made each construct, read without building the tree,
// and handed to the resources of an assembly's stacks (nested stacks and Stages too).
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "construct_tree.hpp"
#include "infralint/loaders/load.hpp"
#include "test_support.hpp"

namespace infralint::loaders {
namespace {

using testing::ChangeDir;
using testing::TempDir;

// ---- the reader, text in ----

struct TreeCase {
  std::string name;
  std::string text;
  std::vector<std::pair<std::string, std::string>> expected;  // path -> fqn ("" = absent)
  std::size_t size = 0;
};

void PrintTo(const TreeCase& c, std::ostream* os) { *os << c.name; }

class ReadConstructClasses : public ::testing::TestWithParam<TreeCase> {};

TEST_P(ReadConstructClasses, KeepsEachNodesPathAndClass) {
  detail::ConstructTreeError error;
  const auto classes = detail::read_construct_classes(GetParam().text, Limits{}, error);
  ASSERT_TRUE(classes) << error.message;
  for (const auto& [path, fqn] : GetParam().expected) EXPECT_EQ(classes->fqn_of(path), fqn) << path;
  EXPECT_EQ(classes->size(), GetParam().size);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ReadConstructClasses,
    ::testing::Values(
        TreeCase{"NestedNodes",
                 R"({"version":"tree-0.1","tree":{"id":"App","path":"","constructInfo":{"fqn":"aws-cdk-lib.App"},
                     "children":{"S":{"id":"S","path":"S","constructInfo":{"fqn":"aws-cdk-lib.Stack"},
                       "children":{"B":{"id":"B","path":"S/B","constructInfo":{"fqn":"aws-cdk-lib.aws_s3.Bucket"},
                         "children":{"Resource":{"id":"Resource","path":"S/B/Resource",
                           "constructInfo":{"fqn":"aws-cdk-lib.aws_s3.CfnBucket","version":"2.1.0"}}}}}}}}})",
                 {{"S", "aws-cdk-lib.Stack"},
                  {"S/B", "aws-cdk-lib.aws_s3.Bucket"},
                  {"S/B/Resource", "aws-cdk-lib.aws_s3.CfnBucket"},
                  {"S/B/Resource/", ""},
                  {"S/C", ""}},
                 3},  // the app's root has the empty path: not a construct a resource names
        TreeCase{"KeysInAnyOrder",
                 R"({"tree":{"children":{"H":{"constructInfo":{"fqn":"aws-cdk-lib.CfnResource"},"children":{},
                     "path":"S/H","id":"H"}},"path":"S","constructInfo":{"version":"1","fqn":"aws-cdk-lib.Stack"}}})",
                 {{"S/H", "aws-cdk-lib.CfnResource"}, {"S", "aws-cdk-lib.Stack"}},
                 2},
        // "path", "fqn" and "children" inside a resource's recorded properties are data.
        TreeCase{"KeysInsideAttributesAreNotNodes",
                 R"({"tree":{"path":"S/R","constructInfo":{"fqn":"aws-cdk-lib.aws_apigateway.CfnResource"},
                     "attributes":{"aws:cdk:cloudformation:props":{"path":"S/Decoy","constructInfo":{"fqn":"no"},
                       "children":{"X":{"path":"S/Decoy/X","constructInfo":{"fqn":"no"}}}}},
                     "children":{"Y":{"path":"S/R/Y","attributes":{"fqn":"no"},"constructInfo":[{"fqn":"no"}]}}}})",
                 {{"S/R", "aws-cdk-lib.aws_apigateway.CfnResource"}, {"S/Decoy", ""}, {"S/Decoy/X", ""}, {"S/R/Y", ""}},
                 1},
        TreeCase{"NodesWithoutAClass",
                 R"({"tree":{"path":"S","children":{"A":{"path":"S/A","constructInfo":{"version":"1"}},
                     "B":{"path":"S/B","constructInfo":{"fqn":7}},"C":{"path":3,"constructInfo":{"fqn":"x"}}}}})",
                 {{"S", ""}, {"S/A", ""}, {"S/B", ""}},
                 0},
        TreeCase{"NotATree", R"({"version":"tree-0.1","artifacts":{"path":"S","constructInfo":{"fqn":"x"}}})",
                 {{"S", ""}}, 0},
        TreeCase{"TopLevelArray", R"([{"tree":{"path":"S","constructInfo":{"fqn":"x"}}}])", {{"S", ""}}, 0}),
    [](const ::testing::TestParamInfo<TreeCase>& p) { return p.param.name; });

TEST(ReadConstructClasses, MalformedTextGivesItsPosition) {
  detail::ConstructTreeError error;
  EXPECT_FALSE(detail::read_construct_classes("{\"tree\": {\n  \"path\": \"S\",\n  oops}}", Limits{}, error));
  EXPECT_EQ(error.line, 3u);
  EXPECT_EQ(error.column, 3u);
  EXPECT_NE(error.message.find("syntax error"), std::string::npos) << error.message;
  EXPECT_EQ(error.message.find("json.exception"), std::string::npos) << error.message;
}

TEST(ReadConstructClasses, DeepNestingStopsAtTheDepthLimit) {
  Limits limits;
  limits.max_depth = 64;
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  detail::ConstructTreeError error;
  EXPECT_FALSE(detail::read_construct_classes(deep, limits, error));
  EXPECT_NE(error.message.find("64"), std::string::npos) << error.message;
  EXPECT_TRUE(detail::read_construct_classes(std::string(60, '[') + std::string(60, ']'), limits, error));
}

// ---- through an assembly ----

LoadResult load_fixture(const TempDir& dir, std::string_view fixture) {
  testing::copy_fixture(fixture, dir.path() / "cdk.out");
  ChangeDir cd(dir.path());
  return load({"cdk.out"}, {});
}

std::string fqn_of(const LoadResult& r, std::string_view stack, std::string_view id) {
  const model::Stack* s = r.graph.find_stack(stack);
  const model::Resource* resource = s ? s->find(id) : nullptr;
  return resource ? resource->construct_fqn : "<no such resource>";
}

constexpr std::string_view kChild = "Parent/ChildNestedStackChildNestedStackResource1A2B3C4D";
constexpr std::string_view kGrand =
    "Parent/ChildNestedStackChildNestedStackResource1A2B3C4D/GrandNestedStackGrandNestedStackResource9A8B7C6D";

TEST(ConstructClassesOfAnAssembly, EveryStackKindGetsItsClasses) {
  TempDir dir;
  const LoadResult r = load_fixture(dir, "cdk-classes");
  ASSERT_TRUE(r.diagnostics.empty()) << r.diagnostics.front().message;
  struct Row {
    std::string_view stack, id, fqn;
  };
  const Row rows[] = {
      {"Parent", "Bucket83908E77", "aws-cdk-lib.aws_s3.CfnBucket"},
      {"Parent", "ProviderHandlerE0D3A5B4", "aws-cdk-lib.CfnResource"},  // a provider function
      {"Parent", "ChildNestedStackChildNestedStackResource1A2B3C4D", "aws-cdk-lib.CfnStack"},
      {"Parent", "Unlisted5F2C1A9D", ""},  // its path is not in the tree
      {"Parent", "NoPath", ""},            // no construct path at all
      {kChild, "ReaderPolicy9C8B7A6D", "aws-cdk-lib.aws_s3.CfnBucketPolicy"},
      {kChild, "Loose1F2E3D4C", "aws-cdk-lib.aws_ssm.CfnParameter"},
      {kChild, "GrandNestedStackGrandNestedStackResource9A8B7C6D", ""},
      {kGrand, "Notice4A5B6C7D", "aws-cdk-lib.aws_sns.CfnTopic"},
      // A Stage's assembly has no tree.json: the app's tree describes its stacks.
      {"StageApi0A1B2C3D", "QueueE5F6A7B8", "aws-cdk-lib.aws_sqs.CfnQueue"},
  };
  for (const Row& row : rows) EXPECT_EQ(fqn_of(r, row.stack, row.id), row.fqn) << row.stack << " " << row.id;
  ASSERT_EQ(r.graph.stacks().size(), 4u);

  bool tree_reported = false;
  for (const Skipped& s : r.skipped)
    if (s.path == "cdk.out/tree.json") tree_reported = s.reason.find("construct tree") != std::string::npos;
  EXPECT_TRUE(tree_reported);
}

TEST(ConstructClassesOfAnAssembly, TreeFileNamedByTheManifest) {
  TempDir dir;
  testing::copy_fixture("cdk-classes", dir.path() / "cdk.out");
  std::filesystem::rename(dir.path() / "cdk.out/tree.json", dir.path() / "cdk.out/constructs.json");
  dir.write("cdk.out/tree.json", R"({"tree":{"path":"Parent/Bucket/Resource","constructInfo":{"fqn":"wrong"}}})");
  dir.write("cdk.out/manifest.json", R"({"version":"36.0.0","artifacts":{
      "Parent":{"type":"aws:cloudformation:stack","properties":{"templateFile":"Parent.template.json"}},
      "Tree":{"type":"cdk:tree","properties":{"file":"constructs.json"}}}})");
  ChangeDir cd(dir.path());
  const LoadResult r = load({"cdk.out"}, {});
  EXPECT_EQ(fqn_of(r, "Parent", "Bucket83908E77"), "aws-cdk-lib.aws_s3.CfnBucket");
}

TEST(ConstructClassesOfAnAssembly, TreeNamedOutsideTheAssemblyIsNotRead) {
  TempDir dir;
  testing::copy_fixture("cdk-classes", dir.path() / "cdk.out");
  dir.write("outside.json", R"({"tree":{"path":"Parent/Bucket/Resource","constructInfo":{"fqn":"wrong"}}})");
  dir.write("cdk.out/manifest.json", R"({"version":"36.0.0","artifacts":{
      "Parent":{"type":"aws:cloudformation:stack","properties":{"templateFile":"Parent.template.json"}},
      "Tree":{"type":"cdk:tree","properties":{"file":"../outside.json"}}}})");
  ChangeDir cd(dir.path());
  const LoadResult r = load({"cdk.out"}, {});
  EXPECT_EQ(fqn_of(r, "Parent", "Bucket83908E77"), "aws-cdk-lib.aws_s3.CfnBucket");  // from cdk.out/tree.json
}

TEST(ConstructClassesOfAnAssembly, MalformedOrMissingTreeLeavesClassesUnknown) {
  {
    TempDir dir;
    testing::copy_fixture("cdk-classes", dir.path() / "cdk.out");
    dir.write("cdk.out/tree.json", "{\"tree\": {\"path\": \"Parent\",\n\"children\": ");
    ChangeDir cd(dir.path());
    const LoadResult r = load({"cdk.out"}, {});
    ASSERT_EQ(r.diagnostics.size(), 1u);
    const model::Diagnostic& d = r.diagnostics.front();
    EXPECT_EQ(d.severity, model::Diagnostic::Severity::Warning);
    EXPECT_EQ(d.file, "cdk.out/tree.json");
    EXPECT_EQ(d.line, 2u);
    EXPECT_NE(d.message.find("construct tree not read"), std::string::npos) << d.message;
    EXPECT_EQ(fqn_of(r, "Parent", "Bucket83908E77"), "");
    EXPECT_EQ(r.graph.stacks().size(), 4u);  // the templates all load
  }
  {
    TempDir dir;
    testing::copy_fixture("cdk-classes", dir.path() / "cdk.out");
    std::filesystem::remove(dir.path() / "cdk.out/tree.json");
    ChangeDir cd(dir.path());
    const LoadResult r = load({"cdk.out"}, {});
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_EQ(fqn_of(r, "Parent", "Bucket83908E77"), "");
    EXPECT_EQ(fqn_of(r, "StageApi0A1B2C3D", "QueueE5F6A7B8"), "");
  }
}

TEST(ConstructClassesOfAnAssembly, LooseTemplatesHaveNoClass) {
  TempDir dir;
  testing::copy_fixture("cdk-classes", dir.path() / "copy");
  std::filesystem::remove(dir.path() / "copy/manifest.json");  // no longer an assembly
  ChangeDir cd(dir.path());
  const LoadResult r = load({"copy/Parent.template.json"}, {});
  ASSERT_EQ(r.graph.stacks().size(), 1u);
  for (const model::Resource& resource : r.graph.stacks()[0]->resources) EXPECT_EQ(resource.construct_fqn, "");
}

}  // namespace
}  // namespace infralint::loaders
