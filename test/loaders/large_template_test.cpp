// A 50 MB template loads, completely, in bounded memory.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "infralint/loaders/load.hpp"
#include "infralint/loaders/readers.hpp"
#include "test_support.hpp"

namespace infralint::loaders {
namespace {

// Peak resident memory of this process, from /proc/self/status (0 if unknown).
std::size_t peak_resident_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.starts_with("VmHWM:")) return std::stoul(line.substr(6));
  return 0;
}

// A template shaped like CDK output: many resources, nested properties, intrinsics.
std::string generate_template(std::size_t min_bytes, std::size_t& resources) {
  std::string out = "{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n  \"Resources\": {\n";
  resources = 0;
  while (out.size() < min_bytes) {
    const std::string id = "Bucket" + std::to_string(resources);
    if (resources) out += ",\n";
    out += "    \"" + id + "\": {\n      \"Type\": \"AWS::S3::Bucket\",\n      \"Properties\": {\n"
           "        \"BucketName\": {\"Fn::Join\": [\"-\", [\"data\", {\"Ref\": \"AWS::StackName\"}, \"" + id + "\"]]},\n"
           "        \"VersioningConfiguration\": {\"Status\": \"Enabled\"},\n"
           "        \"BucketEncryption\": {\"ServerSideEncryptionConfiguration\": [{\"ServerSideEncryptionByDefault\": "
           "{\"SSEAlgorithm\": \"aws:kms\", \"KMSMasterKeyID\": {\"Fn::GetAtt\": [\"Key\", \"Arn\"]}}}]},\n"
           "        \"Tags\": [{\"Key\": \"index\", \"Value\": " + std::to_string(resources) + "}, {\"Key\": \"team\", "
           "\"Value\": \"platform-engineering-and-operations\"}]\n      },\n"
           "      \"DependsOn\": [\"Key\"],\n"
           "      \"Metadata\": {\"aws:cdk:path\": \"Big/" + id + "/Resource\"}\n    }";
    ++resources;
  }
  out += ",\n    \"Key\": {\"Type\": \"AWS::KMS::Key\"}\n  }\n}\n";
  ++resources;
  return out;
}

TEST(LargeTemplate, FiftyMegabytesLoadsInBoundedMemory) {
  testing::TempDir dir;
  std::size_t expected_resources = 0;
  const std::string text = generate_template(50u << 20, expected_resources);
  dir.write("big.template.json", text);
  ASSERT_GE(text.size(), 50u << 20);

  testing::ChangeDir cd(dir.path());
  const LoadResult r = load({"big.template.json"}, {});
  ASSERT_TRUE(r.diagnostics.empty()) << r.diagnostics.front().message;
  ASSERT_EQ(r.graph.stacks().size(), 1u);
  const model::Stack& stack = *r.graph.stacks().front();
  EXPECT_EQ(stack.name, "big");
  ASSERT_EQ(stack.resources.size(), expected_resources);
  const model::Resource& last_bucket = stack.resources[expected_resources - 2];
  EXPECT_EQ(last_bucket.construct_path, "Big/" + last_bucket.id + "/Resource");
  // Ref AWS::StackName is a pseudo parameter; GetAtt Key and DependsOn Key link.
  ASSERT_EQ(last_bucket.references.size(), 2u);
  EXPECT_EQ(last_bucket.references[0].target, stack.find("Key"));
  EXPECT_EQ(stack.find("Key")->referrers().size(), expected_resources - 1);

  const std::size_t peak_kb = peak_resident_kb();
  RecordProperty("peak_resident_kb", std::to_string(peak_kb));
  EXPECT_LT(peak_kb, 1536u * 1024u) << "peak resident memory " << peak_kb / 1024 << " MB";
}

TEST(LargeTemplate, FiveMegabytesOfYaml) {
  std::string text = "AWSTemplateFormatVersion: 2010-09-09\nResources:\n";
  std::size_t count = 0;
  while (text.size() < (5u << 20)) {
    text += "  Queue" + std::to_string(count) + ":\n    Type: AWS::SQS::Queue\n    Properties:\n"
            "      QueueName: !Sub '${AWS::StackName}-" + std::to_string(count) + "'\n"
            "      RedrivePolicy:\n        deadLetterTargetArn: !GetAtt Dlq.Arn\n        maxReceiveCount: 5\n";
    ++count;
  }
  const ParseResult r = read_yaml(text, 0);
  ASSERT_FALSE(r.error) << r.error->message;
  EXPECT_EQ(r.documents.at(0).find("Resources")->size(), count);
}

}  // namespace
}  // namespace infralint::loaders
