// CloudFormation detection, stack building and reference extraction.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cloudformation.hpp"
#include "construct_paths.hpp"
#include "infralint/loaders/readers.hpp"
#include "references.hpp"
#include "test_support.hpp"

namespace infralint::loaders {
namespace {

using model::Reference;
using model::Value;

Value yaml(std::string_view text) {
  ParseResult r = read_yaml(text, 0);
  EXPECT_FALSE(r.error) << (r.error ? r.error->message : "");
  return r.error || r.documents.empty() ? Value() : std::move(r.documents.front());
}

struct DetectionCase {
  std::string text;
  bool is_cloudformation;
};

class Detection : public ::testing::TestWithParam<DetectionCase> {};

TEST_P(Detection, Decides) {
  EXPECT_EQ(detail::is_cloudformation(yaml(GetParam().text)), GetParam().is_cloudformation) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Detection,
    ::testing::Values(
        DetectionCase{"AWSTemplateFormatVersion: 2010-09-09\n", true},
        DetectionCase{"AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n", true},
        DetectionCase{"Resources:\n  B:\n    Type: AWS::S3::Bucket\n", true},
        DetectionCase{"Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n", true},
        // A broken resource next to a good one: still a template.
        DetectionCase{"Resources:\n  A:\n    Properties: {}\n  B:\n    Type: AWS::SNS::Topic\n", true},
        DetectionCase{"Resources: {}\n", false},
        DetectionCase{"Resources:\n  A:\n    Type: {Rain::Module: x}\n", false},
        DetectionCase{"Resources: [a, b]\n", false},
        DetectionCase{"name: my-package\nversion: 1.0.0\n", false},
        DetectionCase{"apiVersion: v1\nkind: ConfigMap\n", false},
        DetectionCase{"- Resources: {A: {Type: X}}\n", false},
        DetectionCase{"just text\n", false}));

// References as "Kind:name" strings, in document order.
std::vector<std::string> references_of(std::string_view resource_yaml) {
  std::vector<std::string> out;
  const Value entry = yaml(resource_yaml);
  for (const Reference& r : detail::collect_references(entry)) {
    static constexpr const char* kKinds[] = {"Ref", "GetAtt", "Sub", "DependsOn", "ImportValue", "Other"};
    out.push_back(std::string(kKinds[static_cast<int>(r.kind)]) + ":" + r.name);
    EXPECT_NE(r.at, nullptr);
  }
  return out;
}

using Refs = std::vector<std::string>;

TEST(References, RefGetAttAndPseudoParameters) {
  EXPECT_EQ(references_of("Type: X\nProperties:\n  A: !Ref Bucket\n  B: !Ref AWS::Region\n  C: !GetAtt Role.Arn\n"
                          "  D: {'Fn::GetAtt': [Db, Endpoint.Address]}\n  E: !GetAtt Lb.DNSName.Extra\n"),
            (Refs{"Ref:Bucket", "GetAtt:Role", "GetAtt:Db", "GetAtt:Lb"}));
}

TEST(References, SubStringAndListForms) {
  EXPECT_EQ(references_of("Type: X\nProperties:\n"
                          "  A: !Sub 'arn:${AWS::Partition}:s3:::${Bucket}/${Role.Arn}/${!Literal}/${aws:username}'\n"
                          "  B: !Sub ['${Name}-${Queue.QueueName}', {Name: !Ref Topic}]\n"
                          "  C: !Sub ['${ Spaced }', {}]\n"),
            (Refs{"Sub:Bucket", "Sub:Role", "Sub:Queue", "Ref:Topic", "Sub:Spaced"}));
}

TEST(References, DependsOnStringAndList) {
  EXPECT_EQ(references_of("Type: X\nDependsOn: One\n"), (Refs{"DependsOn:One"}));
  EXPECT_EQ(references_of("Type: X\nDependsOn: [One, Two]\nProperties: {A: !Ref Three}\n"),
            (Refs{"DependsOn:One", "DependsOn:Two", "Ref:Three"}));
}

TEST(References, ImportValueLiteralOnly) {
  EXPECT_EQ(references_of("Type: X\nProperties:\n  A: !ImportValue shared-vpc-id\n"
                          "  B: !ImportValue {'Fn::Sub': '${Env}-subnets'}\n"),
            (Refs{"ImportValue:shared-vpc-id", "Sub:Env"}));
}

TEST(References, SkipsMetadataAndConditionNames) {
  EXPECT_EQ(references_of("Type: X\nCondition: IsProd\nMetadata:\n  Ref: NotAnEdge\n  x: !Ref AlsoNot\n"
                          "Properties:\n  A: !If [IsProd, !Ref Yes, !Ref 'AWS::NoValue']\n"
                          "  B: {'Fn::And': [{Condition: C1}]}\n"
                          "UpdatePolicy: {AutoScalingReplacingUpdate: {WillReplace: !Ref Flag}}\n"),
            (Refs{"Ref:Yes", "Ref:Flag"}));
}

TEST(References, DeepInsideListsAndMapsInDocumentOrder) {
  EXPECT_EQ(references_of("Type: X\nProperties:\n  P:\n    - {a: [!Ref A, {b: !GetAtt B.x}]}\n    - !Join ['', [!Ref C]]\n"
                          "  Q: !Select [0, !Split [',', !Sub '${D}']]\n"),
            (Refs{"Ref:A", "GetAtt:B", "Ref:C", "Sub:D"}));
}

TEST(BuildStack, ResourcesKeysTypesAndConstructPaths) {
  Value doc = yaml(
      "Resources:\n"
      "  Bucket:\n"
      "    Type: AWS::S3::Bucket\n"
      "    Metadata:\n"
      "      aws:cdk:path: App/Bucket/Resource\n"
      "  Policy:\n"
      "    Properties: {Bucket: !Ref Bucket}\n"
      "    Type: AWS::S3::BucketPolicy\n"
      "  Broken:\n"
      "    Properties: {}\n"
      "  Fn::ForEach::Topics: [T, [a, b], {'Topic${T}': {Type: AWS::SNS::Topic}}]\n"
      "  Queue:\n"
      "    Type: AWS::SQS::Queue\n");
  detail::ConstructPaths paths;
  paths.add("/App/Queue/Resource", "Queue");
  paths.add("/App/Bucket/Resource", "Bucket");  // the template's own metadata wins
  detail::StackSource source;
  source.name = "App";
  source.file = "app.yaml";
  source.file_id = 0;
  source.manifest_paths = &paths;
  std::vector<model::Diagnostic> diagnostics;
  auto stack = detail::build_stack(std::move(doc), source, diagnostics);
  ASSERT_EQ(stack->resources.size(), 3u);
  const model::Resource& bucket = stack->resources[0];
  EXPECT_EQ(bucket.id, "Bucket");
  EXPECT_EQ(bucket.type, "AWS::S3::Bucket");
  EXPECT_EQ(bucket.construct_path, "App/Bucket/Resource");
  EXPECT_EQ(testing::position(bucket.location), "2:3");
  EXPECT_EQ(testing::position(bucket.type_location), "3:5");
  EXPECT_EQ(bucket.node, stack->root.at("/Resources/Bucket"));
  const model::Resource& policy = stack->resources[1];
  EXPECT_EQ(testing::position(policy.type_location), "8:5");
  ASSERT_EQ(policy.references.size(), 1u);
  EXPECT_EQ(policy.references[0].at, stack->root.at("/Resources/Policy/Properties/Bucket"));
  EXPECT_EQ(stack->resources[2].construct_path, "App/Queue/Resource");
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics[0].severity, model::Diagnostic::Severity::Warning);
  EXPECT_EQ(diagnostics[0].line, 9u);
  EXPECT_NE(diagnostics[0].message.find("'Broken' has no string Type"), std::string::npos);
  EXPECT_NE(diagnostics[1].message.find("Fn::ForEach"), std::string::npos);
}

TEST(ConstructPaths, AttributesSharedLogicalIdsToTheInnermostNestedStack) {
  detail::ConstructPaths paths;
  paths.add("/Parent/Table/Resource", "Table1");
  paths.add("/Parent/Db.NestedStack/Db.NestedStackResource", "DbStack");
  paths.add("/Parent/Db/Table/Resource", "Table1");
  paths.add("/Parent/Db/Inner.NestedStack/Inner.NestedStackResource", "InnerStack");
  paths.add("/Parent/Db/Inner/Table/Resource", "Table1");
  EXPECT_EQ(paths.find("Table1", ""), "Parent/Table/Resource");
  EXPECT_EQ(paths.find("Table1", "Parent/Db"), "Parent/Db/Table/Resource");
  EXPECT_EQ(paths.find("Table1", "Parent/Db/Inner"), "Parent/Db/Inner/Table/Resource");
  EXPECT_EQ(paths.find("DbStack", ""), "Parent/Db.NestedStack/Db.NestedStackResource");
  EXPECT_EQ(paths.find("InnerStack", "Parent/Db"), "Parent/Db/Inner.NestedStack/Inner.NestedStackResource");
  EXPECT_EQ(paths.find("Missing", ""), "");
  EXPECT_EQ(detail::nested_stack_path("Parent/Db/Inner.NestedStack/Inner.NestedStackResource"), "Parent/Db/Inner");
  EXPECT_EQ(detail::nested_stack_path("Parent/Bucket/Resource"), "");
}

}  // namespace
}  // namespace infralint::loaders
