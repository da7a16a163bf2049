// A CDK cloud assembly whose manifest.json is the fuzz input, loaded through
// loaders::load() like any cdk.out: the manifest reader, stack and nested-assembly
// artifacts, construct paths from artifact metadata, tree.json and nested stacks.
// The folder around the manifest holds a small, fixed assembly the manifest can
// name (see kFiles), so the fuzzer reaches the code past "template does not exist".
#include <oneapi/tbb/global_control.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>
#include <utility>

#include "infralint/loaders/load.hpp"
#include "support/scratch_dir.hpp"
#include "support/value_checks.hpp"

using namespace infralint;
namespace fs = std::filesystem;

namespace {

const tbb::global_control kOneThread(tbb::global_control::max_allowed_parallelism, 1);

// The fixed part of the assembly: a stack with a nested stack, a construct tree and a
// CDK Stage (a nested assembly with its own manifest and stack).
constexpr std::pair<std::string_view, std::string_view> kFiles[] = {
    {"cdk.out", R"({"version":"36.0.0"})"},
    {"App.template.json", R"({
  "Resources": {
    "Bucket": {"Type": "AWS::S3::Bucket", "Metadata": {"aws:cdk:path": "App/Bucket/Resource"}},
    "Nested": {"Type": "AWS::CloudFormation::Stack",
               "Properties": {"Parameters": {"BucketRef": {"Ref": "Bucket"}}},
               "Metadata": {"aws:cdk:path": "App/Nested.NestedStack/Nested.NestedStackResource",
                            "aws:asset:path": "AppNested.nested.template.json"}}
  }
})"},
    {"AppNested.nested.template.json", R"({
  "Parameters": {"BucketRef": {"Type": "String"}},
  "Resources": {"Policy": {"Type": "AWS::S3::BucketPolicy", "Properties": {"Bucket": {"Ref": "BucketRef"}}}}
})"},
    {"tree.json", R"({"version":"tree-0.1","tree":{"id":"App","path":"App","children":{
  "Bucket":{"id":"Bucket","path":"App/Bucket","children":{"Resource":{"id":"Resource","path":"App/Bucket/Resource",
  "constructInfo":{"fqn":"aws-cdk-lib.aws_s3.CfnBucket","version":"2.0.0"}}}}}}})"},
    {"assembly-Stage/manifest.json", R"({"version":"36.0.0","artifacts":{"StageInner":{
  "type":"aws:cloudformation:stack","properties":{"templateFile":"StageInner.template.json"}}}})"},
    {"assembly-Stage/StageInner.template.json", R"({"Resources":{"Queue":{"Type":"AWS::SQS::Queue"}}})"},
};

const fs::path& assembly() {
  static const fs::path dir = [] {
    const fs::path root = fuzz::scratch_dir() / "cdk.out";
    fs::create_directories(root / "assembly-Stage");
    for (const auto& [name, text] : kFiles) fuzz::write_file(root / name, text);
    return root;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fs::path& dir = assembly();
  fuzz::write_file(dir / "manifest.json", std::string_view(reinterpret_cast<const char*>(data), size));
  loaders::LoadResult result = loaders::load({dir.string()}, loaders::LoadOptions{});
  for (const auto& stack : result.graph.stacks())
    for (const model::Resource& resource : stack->resources)
      fuzz::require(resource.node != nullptr && resource.stack == stack.get(), "a resource not tied to its stack");
  return 0;
}
