// Terraform plans (`terraform show -json`) into the graph: addresses, modules,
// count/for_each instances, deletions, unknown values, references through module
// calls, folded satellites, positions, and UTF-16 input. The plan under test is
// fixtures/terraform/demo.tfplan.json, written by hand in Terraform 1.7's format.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "infralint/loaders/load.hpp"
#include "test_support.hpp"

namespace infralint::loaders {
namespace {

namespace fs = std::filesystem;
using model::Resource;
using model::Value;
using testing::dump;
using testing::TempDir;

fs::path demo_plan() { return fs::path(INFRALINT_SOURCE_DIR) / "test/loaders/fixtures/terraform/demo.tfplan.json"; }

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The 1-based line of the first occurrence of `needle` after `after` in `text`.
std::uint32_t line_of(const std::string& text, std::string_view needle, std::string_view after = {}) {
  const std::size_t start = after.empty() ? 0 : text.find(after);
  const std::size_t at = text.find(needle, start == std::string::npos ? 0 : start);
  if (at == std::string::npos) return 0;
  return static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n') + 1);
}

class DemoPlan : public ::testing::Test {
 protected:
  void SetUp() override {
    result_ = load({demo_plan().string()}, {});
    ASSERT_TRUE(result_.diagnostics.empty());
    ASSERT_EQ(result_.graph.stacks().size(), 1u);
  }
  const model::Stack& stack() const { return *result_.graph.stacks()[0]; }
  const Resource& resource(std::string_view id) const {
    const Resource* r = stack().find(id);
    if (r == nullptr) throw std::runtime_error("no resource " + std::string(id));
    return *r;
  }
  LoadResult result_;
};

TEST_F(DemoPlan, OneTerraformStackNamedAfterTheFile) {
  EXPECT_EQ(stack().name, "demo.tfplan");
  EXPECT_EQ(stack().format, model::Format::Terraform);
}

TEST_F(DemoPlan, EveryInstanceUnderItsAddressAndDeletionsLeftOut) {
  std::vector<std::string> ids;
  for (const Resource& r : stack().resources) ids.push_back(r.id);
  const std::vector<std::string> expected = {
      "aws_s3_bucket.logs",
      "aws_s3_bucket.data",
      "aws_s3_bucket_logging.data",
      "aws_s3_bucket_public_access_block.data",
      "aws_s3_bucket_versioning.data",
      "aws_instance.web[0]",
      "aws_instance.web[1]",
      "module.net.aws_security_group.web",
      "module.net.aws_vpc_security_group_ingress_rule.ssh[\"a\"]",
      "module.net.aws_vpc_security_group_ingress_rule.ssh[\"b\"]",
      "module.app.aws_iam_role.app",
      "module.app.aws_iam_role_policy.uploads",
      "module.app.aws_iam_role_policy_attachment.logs",
  };
  EXPECT_EQ(ids, expected);  // aws_s3_bucket.retired is only deleted
}

TEST_F(DemoPlan, AdaptedTypesAndTerraformTypesForTheRest) {
  EXPECT_EQ(resource("aws_s3_bucket.data").type, "AWS::S3::Bucket");
  EXPECT_EQ(resource("module.net.aws_security_group.web").type, "AWS::EC2::SecurityGroup");
  EXPECT_EQ(resource("module.app.aws_iam_role_policy.uploads").type, "AWS::IAM::Policy");
  EXPECT_EQ(resource("aws_instance.web[0]").type, "AWS::EC2::Instance");
  EXPECT_EQ(resource("aws_s3_bucket_logging.data").type, "aws_s3_bucket_logging");
}

TEST_F(DemoPlan, SatellitesFoldIntoTheBucketTheyReferTo) {
  // The bucket's name is not known before apply and `logging` etc. are computed by the
  // provider (after_unknown, not configured): they are left out, not made unknown.
  EXPECT_EQ(dump(resource("aws_s3_bucket.data").properties()),
            R"({"LoggingConfiguration":{"DestinationBucketName":"demo-access-logs","LogFilePrefix":"data/"},)"
            R"("VersioningConfiguration":{"Status":"Enabled"},)"
            R"("PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,)"
            R"("IgnorePublicAcls":true,"RestrictPublicBuckets":true}})");
  EXPECT_EQ(dump(resource("aws_s3_bucket.logs").properties()),
            R"({"BucketName":"demo-access-logs","Tags":[{"Key":"team","Value":"platform"}]})");
}

TEST_F(DemoPlan, ValuesPointAtTheirLinesInThePlan) {
  const std::string text = read_text(demo_plan());
  const Value* destination = resource("aws_s3_bucket.data").at("/Properties/LoggingConfiguration/DestinationBucketName");
  ASSERT_NE(destination, nullptr);
  EXPECT_EQ(destination->location().line, line_of(text, "\"target_bucket\": \"demo-access-logs\""));
  EXPECT_EQ(resource("aws_s3_bucket.data").type_location.line, line_of(text, "\"address\": \"aws_s3_bucket.data\""));
}

TEST_F(DemoPlan, UnknownReferenceBecomesRefThroughTheConfiguration) {
  const Resource& rule = resource("module.net.aws_vpc_security_group_ingress_rule.ssh[\"b\"]");
  EXPECT_EQ(dump(*rule.property("GroupId")), R"({"Ref":"module.net.aws_security_group.web"})");
  EXPECT_EQ(dump(*rule.property("CidrIp")), R"("0.0.0.0/0")");
  const auto groups = rule.referenced("AWS::EC2::SecurityGroup");
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0]->id, "module.net.aws_security_group.web");
}

TEST_F(DemoPlan, ModuleInputsLinkToRootResources) {
  // policy = templatefile(..., {arn = var.uploads_bucket_arn}), the module called with
  // aws_s3_bucket.data.arn: the policy is unknown, and linked to the bucket.
  const Resource& policy = resource("module.app.aws_iam_role_policy.uploads");
  const auto buckets = policy.referenced("AWS::S3::Bucket");
  ASSERT_EQ(buckets.size(), 1u);
  EXPECT_EQ(buckets[0]->id, "aws_s3_bucket.data");
  const Value* statements = policy.at("/Properties/PolicyDocument/Statement");
  ASSERT_NE(statements, nullptr);
  EXPECT_EQ(statements->intrinsic(), "Fn::Unknown");
  EXPECT_EQ(statements->origin(), model::Origin::Unresolved);
  EXPECT_EQ(dump(*policy.property("Roles")), R"([{"Ref":"module.app.aws_iam_role.app"}])");
}

TEST_F(DemoPlan, AttachedManagedPoliciesFoldIntoTheRole) {
  const Resource& role = resource("module.app.aws_iam_role.app");
  EXPECT_EQ(dump(*role.property("ManagedPolicyArns")),
            R"(["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"])");
  EXPECT_EQ(dump(*role.at("/Properties/AssumeRolePolicyDocument/Statement/0/Action")), R"("sts:AssumeRole")");
}

TEST(TerraformPlan, Utf16WithBomReadsLikeUtf8) {
  const std::string utf8 = read_text(demo_plan());
  std::string utf16 = "\xFF\xFE";
  for (char c : utf8) {  // the plan is ASCII
    utf16 += c;
    utf16 += '\0';
  }
  TempDir dir;
  const fs::path file = dir.write("windows.tfplan.json", utf16);
  LoadResult r = load({file.string()}, {});
  ASSERT_TRUE(r.diagnostics.empty());
  ASSERT_EQ(r.graph.stacks().size(), 1u);
  EXPECT_EQ(r.graph.stacks()[0]->resources.size(), 13u);
  EXPECT_NE(r.graph.stacks()[0]->find("module.net.aws_vpc_security_group_ingress_rule.ssh[\"b\"]"), nullptr);
}

TEST(TerraformPlan, WithoutConfigurationUnknownsStayUnknownAndDeletesAreLeftOut) {
  TempDir dir;
  const fs::path file = dir.write("trimmed.json", R"({
  "format_version": "0.1",
  "planned_values": {"root_module": {"resources": [
    {"address": "aws_security_group.a", "mode": "managed", "type": "aws_security_group", "name": "a",
     "values": {"name": "a"}},
    {"address": "aws_security_group.gone", "mode": "managed", "type": "aws_security_group", "name": "gone",
     "values": {"description": "x"}},
    {"address": "data.aws_caller_identity.me", "mode": "data", "type": "aws_caller_identity", "name": "me",
     "values": {}}
  ]}},
  "resource_changes": [
    {"address": "aws_security_group.a", "change": {"actions": ["create"], "after_unknown": {"description": true}}},
    {"address": "aws_security_group.gone", "change": {"actions": ["delete"]}}
  ]
})");
  LoadResult r = load({file.string()}, {});
  ASSERT_TRUE(r.diagnostics.empty());
  ASSERT_EQ(r.graph.stacks().size(), 1u);
  const model::Stack& s = *r.graph.stacks()[0];
  ASSERT_EQ(s.resources.size(), 1u);  // the deleted group and the data source are not judged
  const Value* description = s.resources[0].property("GroupDescription");
  ASSERT_NE(description, nullptr);
  EXPECT_EQ(description->intrinsic(), "Fn::Unknown");
  EXPECT_EQ(description->location().line, 4u);  // the resource's address
}

TEST(TerraformPlan, AJsonFileWithoutPlanSectionsIsNotAPlan) {
  TempDir dir;
  const fs::path file = dir.write("version.json", R"({"format_version": "1.0", "terraform_version": "1.7.5"})");
  LoadResult r = load({file.string()}, {});
  EXPECT_TRUE(r.graph.stacks().empty());
  ASSERT_EQ(r.skipped.size(), 1u);
}

}  // namespace
}  // namespace infralint::loaders
