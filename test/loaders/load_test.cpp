// load(): discovery, CDK assemblies, and the bad-input cases of the issue, each of
// which must end in a diagnostic or a skip while every other file still loads.
#include <gtest/gtest.h>
#include <oneapi/tbb/global_control.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "infralint/loaders/load.hpp"
#include "test_support.hpp"

namespace infralint::loaders {
namespace {

namespace fs = std::filesystem;
using testing::ChangeDir;
using testing::TempDir;

constexpr std::string_view kBucketJson = R"({"Resources": {"Bucket": {"Type": "AWS::S3::Bucket"}}})";
constexpr std::string_view kTopicYaml = "AWSTemplateFormatVersion: 2010-09-09\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n";

std::vector<std::string> stack_names(const LoadResult& r) {
  std::vector<std::string> out;
  for (const auto& s : r.graph.stacks()) out.push_back(s->name);
  return out;
}

std::vector<std::string> stack_files(const LoadResult& r) {
  std::vector<std::string> out;
  for (const auto& s : r.graph.stacks()) out.push_back(s->file);
  return out;
}

const Skipped* skipped(const LoadResult& r, std::string_view path) {
  for (const Skipped& s : r.skipped)
    if (s.path == path) return &s;
  return nullptr;
}

const model::Diagnostic* diagnostic(const LoadResult& r, std::string_view file) {
  for (const model::Diagnostic& d : r.diagnostics)
    if (d.file == file) return &d;
  return nullptr;
}

std::string describe(const LoadResult& r) {
  std::string out;
  for (const auto& d : r.diagnostics)
    out += "diagnostic " + d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message + "\n";
  for (const auto& s : r.skipped) out += "skipped " + s.path + ": " + s.reason + "\n";
  return out;
}

// Every location inside a stack names that stack's file in the graph's file table.
void expect_locations_name_their_file(const LoadResult& r) {
  for (const auto& stack : r.graph.stacks()) {
    EXPECT_EQ(r.graph.file(stack->file_id), stack->file);
    EXPECT_EQ(stack->root.location().file, stack->file_id);
    for (const auto& resource : stack->resources) {
      EXPECT_EQ(resource.location.file, stack->file_id) << stack->file << " " << resource.id;
      EXPECT_EQ(resource.type_location.file, stack->file_id);
      EXPECT_EQ(resource.node->location().file, stack->file_id);
    }
  }
}

TEST(Discovery, WalksSortedAndSkipsWhatIsNotOurs) {
  TempDir dir;
  dir.write("b/stack.yaml", kTopicYaml);
  dir.write("a.json", kBucketJson);
  dir.write("B.template", kBucketJson);
  dir.write("c/nested/deep.yml", kTopicYaml);
  dir.write("notes.txt", "hello");
  dir.write("package.json", R"({"name": "x", "version": "1.0.0"})");
  dir.write(".hidden.json", kBucketJson);
  dir.write(".git/config.json", kBucketJson);
  dir.write("node_modules/pkg/template.json", kBucketJson);
  dir.write("empty-doc.yaml", "# nothing here\n");
  ChangeDir cd(dir.path());
  const LoadResult r = load({"."}, {});
  EXPECT_EQ(stack_files(r), (std::vector<std::string>{"B.template", "a.json", "b/stack.yaml", "c/nested/deep.yml"}))
      << describe(r);
  EXPECT_EQ(stack_names(r), (std::vector<std::string>{"B", "a", "stack", "deep"}));
  EXPECT_EQ(r.files_loaded, 4u);
  EXPECT_EQ(r.graph.files(), stack_files(r));
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  ASSERT_NE(skipped(r, "notes.txt"), nullptr);
  EXPECT_EQ(skipped(r, "notes.txt")->reason, "not a template file extension");
  EXPECT_EQ(skipped(r, "package.json")->reason, "not CloudFormation, Kubernetes or Terraform");
  EXPECT_EQ(skipped(r, ".hidden.json")->reason, "hidden");
  EXPECT_EQ(skipped(r, ".git")->reason, "hidden");
  EXPECT_EQ(skipped(r, "node_modules")->reason, "node_modules folder");
  EXPECT_NE(skipped(r, "empty-doc.yaml"), nullptr);
  EXPECT_TRUE(std::is_sorted(r.skipped.begin(), r.skipped.end(),
                             [](const Skipped& a, const Skipped& b) { return a.path < b.path; }));
  ASSERT_EQ(r.timings.size(), 3u);
  EXPECT_EQ(r.timings[0].phase, "discover");
  EXPECT_EQ(r.timings[1].phase, "parse");
  EXPECT_EQ(r.timings[2].phase, "graph");
  expect_locations_name_their_file(r);
}

TEST(Discovery, ExplicitPathsAreAlwaysUsedAndDisplayedAsGiven) {
  TempDir dir;
  dir.write(".hidden/t.json", kBucketJson);
  dir.write("sub/t.yaml", kTopicYaml);
  ChangeDir cd(dir.path());
  LoadResult r = load({".hidden/t.json", "./sub/", (dir.path() / "sub/t.yaml").string()}, {});
  // The same file named twice (once through the folder) loads once.
  EXPECT_EQ(stack_files(r), (std::vector<std::string>{".hidden/t.json", "sub/t.yaml"})) << describe(r);

  TempDir elsewhere;
  elsewhere.write("x/t.json", kBucketJson);
  r = load({(elsewhere.path() / "x").string() + "/"}, {});
  EXPECT_EQ(stack_files(r), (std::vector<std::string>{(elsewhere.path() / "x/t.json").string()}));
}

TEST(Discovery, MultiDocumentYamlGivesOneStackPerTemplate) {
  TempDir dir;
  dir.write("multi.yaml", std::string(kTopicYaml) + "---\nkind: ConfigMap\n---\n" + std::string(kTopicYaml));
  ChangeDir cd(dir.path());
  const LoadResult r = load({"multi.yaml"}, {});
  EXPECT_EQ(stack_names(r), (std::vector<std::string>{"multi", "multi#2"}));
  EXPECT_EQ(r.files_loaded, 1u);
  EXPECT_EQ(r.graph.files().size(), 1u);
}

TEST(Discovery, SamTemplatesLoadAsTheyAre) {
  TempDir dir;
  dir.write("sam/template.yaml",
            "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n"
            "    Properties:\n      Events:\n        Api: {Type: Api, Properties: {RestApiId: !Ref Api}}\n"
            "  Api:\n    Type: AWS::Serverless::Api\n");
  ChangeDir cd(dir.path());
  const LoadResult r = load({"sam"}, {});
  ASSERT_EQ(r.graph.stacks().size(), 1u) << describe(r);
  const model::Stack& stack = *r.graph.stacks()[0];
  EXPECT_EQ(stack.name, "template");
  ASSERT_EQ(stack.resources.size(), 2u);
  EXPECT_EQ(stack.resources[0].type, "AWS::Serverless::Function");
  EXPECT_EQ(stack.resources[0].references.at(0).target, stack.find("Api"));
  EXPECT_EQ(stack.find("Api")->referrers().size(), 1u);
}

TEST(Discovery, IgnoreGlobs) {
  TempDir dir;
  dir.write("keep/a.json", kBucketJson);
  dir.write("skip/a.json", kBucketJson);
  dir.write("keep/b.test.json", kBucketJson);
  ChangeDir cd(dir.path());
  LoadOptions options;
  options.ignore_globs = {"skip", "**/*.test.json"};
  const LoadResult r = load({"."}, options);
  EXPECT_EQ(stack_files(r), (std::vector<std::string>{"keep/a.json"})) << describe(r);
  EXPECT_EQ(skipped(r, "skip")->reason, "ignored by configuration");
  EXPECT_EQ(skipped(r, "keep/b.test.json")->reason, "ignored by configuration");
}

TEST(CdkAssembly, StacksNestedStacksStagesAndConstructPaths) {
  TempDir dir;
  testing::copy_fixture("cdk-app", dir.path() / "cdk.out");
  ChangeDir cd(dir.path());
  const LoadResult r = load({"cdk.out"}, {});
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  EXPECT_EQ(stack_names(r), (std::vector<std::string>{
                                "app-stack-prod",
                                "app-stack-prod/DbNestedStackDbNestedStackResource5A6B7C8D/"
                                "InnerNestedStackInnerNestedStackResource1A2B3C4D",
                                "app-stack-prod/DbNestedStackDbNestedStackResource5A6B7C8D",
                                "StageApiStackA1B2C3D4",
                            }));
  EXPECT_EQ(stack_files(r), (std::vector<std::string>{
                                "cdk.out/AppStack.template.json",
                                "cdk.out/AppStackDbInnerNestedStack0A1B2C3D.nested.template.json",
                                "cdk.out/AppStackDbNestedStack9F8E7D6C.nested.template.json",
                                "cdk.out/assembly-Stage/StageApiStackA1B2C3D4.template.json",
                            }));
  expect_locations_name_their_file(r);

  const model::Stack* app = r.graph.find_stack("app-stack-prod");
  ASSERT_NE(app, nullptr);
  EXPECT_EQ(app->construct_path, "AppStack");
  EXPECT_EQ(app->parent, "");
  EXPECT_EQ(app->find("BucketA1B2C3D4")->construct_path, "AppStack/Bucket/Resource");  // from the manifest
  EXPECT_EQ(app->find("QueueE5F6A7B8")->construct_path, "AppStack/Queue/Resource");    // from aws:cdk:path
  EXPECT_EQ(app->find("TableC9D0E1F2")->construct_path, "AppStack/Table/Resource");

  const model::Stack* db = r.graph.find_stack("app-stack-prod/DbNestedStackDbNestedStackResource5A6B7C8D");
  ASSERT_NE(db, nullptr);
  EXPECT_EQ(db->parent, "app-stack-prod");
  EXPECT_EQ(db->construct_path, "AppStack/Db");
  // The same logical id as the parent's table, told apart by the nested stack's path.
  EXPECT_EQ(db->find("TableC9D0E1F2")->construct_path, "AppStack/Db/Table/Resource");

  const model::Stack* inner = r.graph.stacks()[1].get();
  EXPECT_EQ(inner->parent, db->name);
  EXPECT_EQ(inner->construct_path, "AppStack/Db/Inner");
  EXPECT_EQ(inner->find("Topic9E8D7C6B")->construct_path, "AppStack/Db/Inner/Topic/Resource");

  const model::Stack* stage = r.graph.find_stack("StageApiStackA1B2C3D4");
  ASSERT_NE(stage, nullptr);
  EXPECT_EQ(stage->construct_path, "Stage/ApiStack");
  const model::Resource* fn = stage->find("Fn9270CBC0");
  EXPECT_EQ(fn->construct_path, "Stage/ApiStack/Fn/Resource");
  // Fn::ImportValue links across stacks through the export.
  ASSERT_EQ(fn->references.size(), 1u);
  EXPECT_EQ(fn->references[0].target, app->find("BucketA1B2C3D4"));
  // Ref inside the stack.
  EXPECT_EQ(app->find("QueueE5F6A7B8")->references.at(0).target, app->find("BucketA1B2C3D4"));

  EXPECT_EQ(skipped(r, "cdk.out/asset.3f2a9c")->reason, "CDK asset folder");
  EXPECT_NE(skipped(r, "cdk.out/manifest.json"), nullptr);
  EXPECT_NE(skipped(r, "cdk.out/tree.json"), nullptr);
  EXPECT_NE(skipped(r, "cdk.out/OrphanNestedStack11111111.nested.template.json"), nullptr);
  EXPECT_EQ(r.graph.resource_count(), 8u);
}

TEST(CdkAssembly, FoundInsideAScannedFolderAndNeverLoadedTwice) {
  TempDir dir;
  testing::copy_fixture("cdk-app", dir.path() / "app/cdk.out");
  dir.write("app/loose.json", kBucketJson);
  ChangeDir cd(dir.path());
  const LoadResult r =
      load({"app", "app/cdk.out/AppStack.template.json", "app/cdk.out", "app/cdk.out/assembly-Stage"}, {});
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  EXPECT_EQ(r.graph.stacks().size(), 5u);
  std::vector<std::string> files = stack_files(r);
  EXPECT_EQ(std::unique(files.begin(), files.end()), files.end());
  EXPECT_EQ(r.graph.files().size(), 5u);
  ASSERT_NE(skipped(r, "app/cdk.out/AppStack.template.json"), nullptr);
  EXPECT_NE(skipped(r, "app/cdk.out/AppStack.template.json")->reason.find("part of the CDK assembly app/cdk.out"),
            std::string::npos);
}

TEST(CdkAssembly, MissingTemplateIsADiagnosticOnTheManifest) {
  TempDir dir;
  dir.write("out/manifest.json",
            "{\"version\": \"36.0.0\",\n \"artifacts\": {\n  \"Gone\": {\"type\": \"aws:cloudformation:stack\",\n"
            "   \"properties\": {\"templateFile\": \"Gone.template.json\"}},\n"
            "  \"Here\": {\"type\": \"aws:cloudformation:stack\", \"properties\": {\"templateFile\": \"Here.template.json\"}}}}");
  dir.write("out/Here.template.json", kBucketJson);
  ChangeDir cd(dir.path());
  const LoadResult r = load({"out"}, {});
  EXPECT_EQ(stack_names(r), (std::vector<std::string>{"Here"}));
  const model::Diagnostic* d = diagnostic(r, "out/manifest.json");
  ASSERT_NE(d, nullptr) << describe(r);
  EXPECT_EQ(d->line, 4u);
  EXPECT_EQ(d->column, 35u);
  EXPECT_NE(d->message.find("'Gone.template.json' of stack artifact 'Gone' does not exist"), std::string::npos)
      << d->message;
}

TEST(CdkAssembly, MalformedManifestIsADiagnosticAndTheFolderIsStillScanned) {
  TempDir dir;
  dir.write("out/manifest.json", "{\"version\": \"36.0.0\", \"artifacts\": {");
  dir.write("out/cdk.out", "{\"version\":\"36.0.0\"}");
  dir.write("out/Stack.template.json", kBucketJson);
  ChangeDir cd(dir.path());
  const LoadResult r = load({"out"}, {});
  ASSERT_EQ(r.diagnostics.size(), 1u) << describe(r);
  EXPECT_EQ(r.diagnostics[0].file, "out/manifest.json");
  EXPECT_EQ(r.diagnostics[0].line, 1u);
  EXPECT_NE(r.diagnostics[0].message.find("malformed manifest"), std::string::npos);
  EXPECT_EQ(stack_names(r), (std::vector<std::string>{"Stack"}));
}

TEST(CdkAssembly, FilesNamedOutsideTheAssemblyAreNotReadUnlessFollowingLinks) {
  // CDK names every file relative to the assembly folder; a crafted manifest or
  // template can name '../', an absolute path, or a link that leads away.
  TempDir dir;
  dir.write("outside/Up.template.json", kBucketJson);
  dir.write("outside/Abs.template.json", kBucketJson);
  dir.write("outside/Linked.template.json", kBucketJson);
  dir.write("outside/Away.nested.template.json", kBucketJson);
  dir.write("outside/stage/manifest.json", R"({"version": "36.0.0", "artifacts": {"Far": {
      "type": "aws:cloudformation:stack", "properties": {"templateFile": "Far.template.json"}}}})");
  dir.write("outside/stage/Far.template.json", kBucketJson);
  const std::string absolute = (dir.path() / "outside/Abs.template.json").string();
  dir.write("out/manifest.json", "{\"version\": \"36.0.0\", \"artifacts\": {\n"
            "  \"Up\": {\"type\": \"aws:cloudformation:stack\", \"properties\": {\"templateFile\": \"../outside/Up.template.json\"}},\n"
            "  \"Abs\": {\"type\": \"aws:cloudformation:stack\", \"properties\": {\"templateFile\": \"" + absolute + "\"}},\n"
            "  \"Linked\": {\"type\": \"aws:cloudformation:stack\", \"properties\": {\"templateFile\": \"Linked.template.json\"}},\n"
            "  \"Parent\": {\"type\": \"aws:cloudformation:stack\", \"properties\": {\"templateFile\": \"Parent.template.json\"}},\n"
            "  \"Stage\": {\"type\": \"cdk:cloud-assembly\", \"properties\": {\"directoryName\": \"../outside/stage\"}},\n"
            "  \"Self\": {\"type\": \"cdk:cloud-assembly\", \"properties\": {\"directoryName\": \".\"}}}}");
  std::filesystem::create_symlink("../outside/Linked.template.json", dir.path() / "out/Linked.template.json");
  dir.write("out/Parent.template.json", R"({"Resources": {"Away": {"Type": "AWS::CloudFormation::Stack",
      "Metadata": {"aws:asset:path": "../outside/Away.nested.template.json"}}}})");
  ChangeDir cd(dir.path());

  const LoadResult r = load({"out"}, {});
  EXPECT_EQ(stack_names(r), (std::vector<std::string>{"Parent"})) << describe(r);
  ASSERT_EQ(r.diagnostics.size(), 5u) << describe(r);
  for (const model::Diagnostic& d : r.diagnostics)
    EXPECT_NE(d.message.find("lies outside the assembly folder and is not read"), std::string::npos) << d.message;
  EXPECT_EQ(r.diagnostics[0].file, "out/Parent.template.json");  // the nested stack's aws:asset:path
  EXPECT_EQ(r.diagnostics[1].line, 2u);                            // "../outside/Up.template.json"
  EXPECT_EQ(r.diagnostics[1].file, "out/manifest.json");

  LoadOptions follow;
  follow.follow_symlinks = true;
  const LoadResult followed = load({"out"}, follow);
  EXPECT_TRUE(followed.diagnostics.empty()) << describe(followed);
  EXPECT_EQ(followed.graph.stacks().size(), 6u) << describe(followed);  // Up, Abs, Linked, Parent, its nested, Far
}

TEST(CdkAssembly, OtherToolsManifestJsonIsNotAnAssembly) {
  TempDir dir;
  dir.write("web/manifest.json", R"({"name": "My App", "version": "1.0", "manifest_version": 3})");
  dir.write("web/infra.json", kBucketJson);
  ChangeDir cd(dir.path());
  const LoadResult r = load({"web"}, {});
  EXPECT_EQ(stack_files(r), (std::vector<std::string>{"web/infra.json"}));
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
}

// --- Bad input: each is a diagnostic or a skip, and the good file still loads. ---

class BadInput : public ::testing::Test {
 protected:
  void SetUp() override { dir_.write("good.json", kBucketJson); }

  LoadResult scan(const LoadOptions& options = {}) {
    ChangeDir cd(dir_.path());
    LoadResult r = load({"."}, options);
    EXPECT_EQ(stack_files(r), (std::vector<std::string>{"good.json"})) << describe(r);
    return r;
  }

  TempDir dir_;
};

TEST_F(BadInput, ZeroByteFile) {
  dir_.write("empty.json", "");
  const LoadResult r = scan();
  ASSERT_NE(diagnostic(r, "empty.json"), nullptr);
  EXPECT_EQ(diagnostic(r, "empty.json")->message, "empty file");
}

TEST_F(BadInput, InvalidJsonAndYamlWithLineAndColumn) {
  dir_.write("bad.json", "{\n  \"Resources\": {\n    \"A\": {\"Type\": \"X\"}\n    \"B\": {}\n  }\n}\n");
  dir_.write("bad.yaml", "Resources:\n  A:\n    Type: X\n   Properties: {}\n");
  dir_.write("tag.yaml", "Resources:\n  A:\n    Type: !Foo X\n");
  const LoadResult r = scan();
  const model::Diagnostic* json = diagnostic(r, "bad.json");
  ASSERT_NE(json, nullptr);
  EXPECT_EQ(json->severity, model::Diagnostic::Severity::Error);
  EXPECT_EQ(json->line, 4u);
  EXPECT_EQ(json->column, 5u);
  EXPECT_EQ(json->message, "expected ',' or '}' after object member, found '\"'");
  const model::Diagnostic* yaml = diagnostic(r, "bad.yaml");
  ASSERT_NE(yaml, nullptr);
  EXPECT_EQ(yaml->line, 4u);
  EXPECT_GT(yaml->column, 0u);
  const model::Diagnostic* tag = diagnostic(r, "tag.yaml");
  ASSERT_NE(tag, nullptr);
  EXPECT_EQ(tag->line, 3u);
  EXPECT_EQ(tag->column, 11u);
  EXPECT_NE(tag->message.find("unknown tag !Foo"), std::string::npos);
}

TEST_F(BadInput, BinaryFileNamedJson) {
  std::string elf("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3E\0", 20);
  for (int i = 0; i < 200; ++i) elf += static_cast<char>(i * 37);
  dir_.write("program.json", elf);
  const LoadResult r = scan();
  ASSERT_NE(diagnostic(r, "program.json"), nullptr);
  EXPECT_NE(diagnostic(r, "program.json")->message.find("not text: contains NUL bytes"), std::string::npos);
}

TEST_F(BadInput, HundredThousandDeepNesting) {
  dir_.write("deep.json", std::string(100'000, '[') + std::string(100'000, ']'));
  std::string yaml;
  for (int i = 0; i < 100'000; ++i) yaml += "- ";
  dir_.write("deep.yaml", yaml + "x\n");
  const LoadResult r = scan();
  ASSERT_NE(diagnostic(r, "deep.json"), nullptr);
  EXPECT_NE(diagnostic(r, "deep.json")->message.find("nesting is deeper than 512 levels"), std::string::npos);
  ASSERT_NE(diagnostic(r, "deep.yaml"), nullptr);
  EXPECT_NE(diagnostic(r, "deep.yaml")->message.find("nesting is"), std::string::npos);
}

TEST_F(BadInput, YamlAliasBomb) {
  std::string bomb = "AWSTemplateFormatVersion: 2010-09-09\nMetadata:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  // Appends only: GCC 12 at -O3 warns falsely (-Wrestrict) on "b" + std::to_string(i).
  std::string prev = "a";
  for (int i = 1; i <= 12; ++i) {
    std::string name = "b";
    name += std::to_string(i);
    bomb.append("  ").append(name).append(": &").append(name).append(" [*").append(prev);
    for (int j = 0; j < 8; ++j) bomb.append(", *").append(prev);
    bomb += "]\n";
    prev = name;
  }
  dir_.write("bomb.yaml", bomb);
  const LoadResult r = scan();
  ASSERT_NE(diagnostic(r, "bomb.yaml"), nullptr);
  EXPECT_NE(diagnostic(r, "bomb.yaml")->message.find("alias bomb"), std::string::npos);
}

TEST_F(BadInput, SymlinkLoopInsideAScannedFolder) {
  fs::create_directories(dir_.path() / "loop/inner");
  fs::create_directory_symlink("..", dir_.path() / "loop/inner/up");
  fs::create_directory_symlink(dir_.path(), dir_.path() / "loop/root");
  fs::create_symlink("self", dir_.path() / "loop/self");
  const LoadResult r = scan();
  EXPECT_NE(skipped(r, "loop/inner/up"), nullptr) << describe(r);
  EXPECT_NE(skipped(r, "loop/root"), nullptr);
  EXPECT_EQ(skipped(r, "loop/self")->reason, "broken symbolic link (Too many levels of symbolic links)");
}

TEST_F(BadInput, SymlinksLeavingTheScannedFoldersAreNotFollowedUnlessAsked) {
  TempDir outside;
  outside.write("far.json", kBucketJson);
  fs::create_directory_symlink(outside.path(), dir_.path() / "away");
  const LoadResult r = scan();
  EXPECT_EQ(skipped(r, "away")->reason, "symbolic link leads outside the scanned folders");

  LoadOptions follow;
  follow.follow_symlinks = true;
  ChangeDir cd(dir_.path());
  const LoadResult followed = load({"."}, follow);
  EXPECT_EQ(stack_files(followed), (std::vector<std::string>{"away/far.json", "good.json"}));
}

TEST_F(BadInput, UnreadableFile) {
  const fs::path locked = dir_.write("locked.json", kBucketJson);
  fs::permissions(locked, fs::perms::none);
  if (::access(locked.c_str(), R_OK) == 0) {
    GTEST_SKIP() << "running as root (or with CAP_DAC_OVERRIDE): chmod 000 does not stop reading";
  }
  const LoadResult r = scan();
  ASSERT_NE(diagnostic(r, "locked.json"), nullptr);
  EXPECT_EQ(diagnostic(r, "locked.json")->message, "cannot open: Permission denied");
}

TEST_F(BadInput, FifoIsSkippedAndNeverOpened) {
  const fs::path fifo = dir_.path() / "pipe.json";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // Opening this FIFO for reading without O_NONBLOCK would block the scan forever.
  const LoadResult r = scan();
  ASSERT_NE(skipped(r, "pipe.json"), nullptr);
  EXPECT_EQ(skipped(r, "pipe.json")->reason, "not a regular file (FIFO)");
  ChangeDir cd(dir_.path());
  const LoadResult named = load({"pipe.json"}, {});
  EXPECT_EQ(skipped(named, "pipe.json")->reason, "not a regular file (FIFO)");
}

TEST_F(BadInput, FileOverTheSizeLimit) {
  dir_.write("big.json", std::string(kBucketJson) + std::string(4096, ' '));
  LoadOptions options;
  options.limits.max_file_bytes = 1024;
  const LoadResult r = scan(options);
  ASSERT_NE(diagnostic(r, "big.json"), nullptr);
  EXPECT_NE(diagnostic(r, "big.json")->message.find("larger than the limit"), std::string::npos);
}

TEST_F(BadInput, PathThatDoesNotExist) {
  ChangeDir cd(dir_.path());
  const LoadResult r = load({"good.json", "missing/dir"}, {});
  EXPECT_EQ(stack_files(r), (std::vector<std::string>{"good.json"}));
  ASSERT_NE(diagnostic(r, "missing/dir"), nullptr);
  EXPECT_NE(diagnostic(r, "missing/dir")->message.find("No such file or directory"), std::string::npos)
      << diagnostic(r, "missing/dir")->message;
}

TEST(Determinism, SameGraphForAnyThreadCount) {
  TempDir dir;
  testing::copy_fixture("cdk-app", dir.path() / "cdk.out");
  for (int i = 0; i < 40; ++i) dir.write("t/" + std::to_string(i * 7919 % 97) + ".json", kBucketJson);
  dir.write("t/not-cfn.json", "{}");  // shifts the file ids of the files after it
  ChangeDir cd(dir.path());
  auto fingerprint = [](const LoadResult& r) {
    std::string out;
    for (const auto& s : r.graph.stacks())
      out += s->name + "|" + s->file + "|" + std::to_string(s->file_id) + "|" +
             std::to_string(s->resources.empty() ? 0 : s->resources[0].location.file) + "\n";
    for (const auto& f : r.graph.files()) out += f + "\n";
    return out;
  };
  std::string one;
  {
    tbb::global_control single(tbb::global_control::max_allowed_parallelism, 1);
    one = fingerprint(load({"t", "cdk.out"}, {}));
  }
  tbb::global_control many(tbb::global_control::max_allowed_parallelism, 8);
  for (int run = 0; run < 3; ++run) EXPECT_EQ(fingerprint(load({"cdk.out", "t"}, {})), one);
}

}  // namespace
}  // namespace infralint::loaders
