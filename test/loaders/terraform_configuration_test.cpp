// *.tf.json configurations into the graph: what resolves statically (variable
// defaults, locals, references) and what stays unknown, cdktf's "//" metadata,
// resources without an adapter, and the address and adapter helpers underneath.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "infralint/loaders/load.hpp"
#include "terraform/adapter.hpp"
#include "terraform/addresses.hpp"
#include "test_support.hpp"

namespace infralint::loaders {
namespace {

namespace fs = std::filesystem;
using model::Value;
using testing::dump;
using testing::TempDir;

constexpr std::string_view kMain = R"({
  "//": {"metadata": {"backend": "local", "stackName": "demo", "version": "0.20.0"}},
  "variable": {
    "env": {"type": "string", "default": "prod"},
    "secret_cidr": {"type": "string"}
  },
  "locals": {"prefix": "${var.env}-data", "owner": "platform"},
  "resource": {
    "aws_s3_bucket": {
      "data": {
        "//": {"metadata": {"path": "demo/data-bucket", "uniqueId": "data"}},
        "bucket": "${local.prefix}",
        "tags": {"owner": "${local.owner}", "stage": "${var.env}"}
      }
    },
    "google_compute_instance": {
      "web": {
        "count": 2,
        "ami": "ami-0abcdef1234567890",
        "user_data": "${file(\"init.sh\")}",
        "subnet_id": "${var.secret_cidr}",
        "depends_on": ["aws_s3_bucket.data"]
      }
    },
    "aws_iam_policy": {
      "read": {
        "policy": "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":[\"${aws_s3_bucket.data.arn}\",\"arn:aws:s3:::${aws_s3_bucket.data.id}/*\",\"$${aws:username}\"]}]}"
      }
    }
  }
})";

class MainTfJson : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path file = dir_.write("main.tf.json", kMain);
    result_ = load({file.string()}, {});
    ASSERT_TRUE(result_.diagnostics.empty());
    ASSERT_EQ(result_.graph.stacks().size(), 1u);
  }
  const model::Resource& resource(std::string_view id) const {
    const model::Resource* r = result_.graph.stacks()[0]->find(id);
    if (r == nullptr) throw std::runtime_error("no resource " + std::string(id));
    return *r;
  }
  TempDir dir_;
  LoadResult result_;
};

TEST_F(MainTfJson, StackIsNamedAfterTheFileWithoutTfJson) {
  EXPECT_EQ(result_.graph.stacks()[0]->name, "main");
  EXPECT_EQ(result_.graph.stacks()[0]->format, model::Format::Terraform);
  EXPECT_EQ(result_.graph.stacks()[0]->resources.size(), 3u);
}

TEST_F(MainTfJson, VariablesAndLocalsResolveAndCdktfMetadataIsTheConstructPath) {
  const model::Resource& bucket = resource("aws_s3_bucket.data");
  EXPECT_EQ(bucket.construct_path, "demo/data-bucket");
  EXPECT_EQ(dump(bucket.properties()),
            R"({"BucketName":"prod-data","Tags":[{"Key":"owner","Value":"platform"},{"Key":"stage","Value":"prod"}]})");
  // A default keeps its origin and is placed where it is used.
  const Value* stage = bucket.at("/Properties/Tags/1/Value");
  EXPECT_EQ(stage->origin(), model::Origin::Defaulted);
  EXPECT_EQ(stage->location().line, 13u);  // the tags line
}

TEST_F(MainTfJson, WithoutAnAdapterTheTerraformTypeAndAttributesStay) {
  // A type no adapter knows (aws_* types may gain adapters; this one never will).
  const model::Resource& web = resource("google_compute_instance.web");  // count: one resource, plain address
  EXPECT_EQ(web.type, "google_compute_instance");
  EXPECT_EQ(dump(web.properties()),
            R"({"ami":"ami-0abcdef1234567890","user_data":{"Fn::Unknown":"known after apply"},)"
            R"("subnet_id":{"Fn::Unknown":"known after apply"}})");
  EXPECT_EQ(web.property("subnet_id")->origin(), model::Origin::Unresolved);
  // depends_on is an edge, not a property.
  ASSERT_EQ(web.referenced("AWS::S3::Bucket").size(), 1u);
}

TEST_F(MainTfJson, InterpolatedReferencesInsideAPolicyBecomeIntrinsics) {
  const model::Resource& policy = resource("aws_iam_policy.read");
  EXPECT_EQ(policy.type, "AWS::IAM::ManagedPolicy");
  EXPECT_EQ(dump(*policy.at("/Properties/PolicyDocument/Statement/0/Resource")),
            R"([{"Fn::GetAtt":["aws_s3_bucket.data","Arn"]},)"
            R"({"Fn::Join":["",["arn:aws:s3:::",{"Ref":"aws_s3_bucket.data"},"/*"]]},"${aws:username}"])");
  // Every node of a parsed policy sits at the policy string.
  EXPECT_EQ(policy.at("/Properties/PolicyDocument/Statement/0/Action")->location().line, 27u);
  EXPECT_EQ(resource("aws_s3_bucket.data").referrers().size(), 2u);
}

TEST(TerraformConfiguration, AFileWithoutResourcesIsSkipped) {
  TempDir dir;
  const fs::path file = dir.write("variables.tf.json", R"({"variable": {"region": {"default": "eu-west-1"}}})");
  LoadResult r = load({file.string()}, {});
  EXPECT_TRUE(r.graph.stacks().empty());
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].reason, "no Terraform resources in the configuration");
}

TEST(TerraformConfiguration, LocalsReferringToThemselvesEndUnknown) {
  TempDir dir;
  const fs::path file = dir.write("loop.tf.json", R"({
  "locals": {"a": "${local.b}", "b": "${local.a}"},
  "resource": {"aws_security_group": {"g": {"description": "${local.a}"}}}
})");
  LoadResult r = load({file.string()}, {});
  ASSERT_EQ(r.graph.stacks().size(), 1u);
  EXPECT_EQ(r.graph.stacks()[0]->resources[0].property("GroupDescription")->intrinsic(), "Fn::Unknown");
}

TEST(TerraformAddresses, SplitsModulesKeysAndReferences) {
  using namespace detail::terraform;
  const SplitAddress split = split_address(R"(module.net["a.b"].module.db.aws_s3_bucket.logs["x.y"])");
  EXPECT_EQ(split.module, R"(module.net["a.b"].module.db)");
  EXPECT_EQ(split.resource, R"(aws_s3_bucket.logs["x.y"])");
  EXPECT_EQ(module_without_keys(split.module), "module.net.module.db");
  EXPECT_EQ(instance_key(split.resource), R"(["x.y"])");
  EXPECT_EQ(without_instance_key("aws_instance.web[0]"), "aws_instance.web");
  EXPECT_EQ(split_address("aws_instance.web[0]").module, "");

  ParsedReference r = parse_reference("aws_s3_bucket.logs[0].arn");
  EXPECT_EQ(r.kind, ParsedReference::Kind::Resource);
  EXPECT_EQ(r.target, "aws_s3_bucket.logs[0]");
  EXPECT_EQ(r.attribute, "arn");
  EXPECT_EQ(parse_reference("var.cidrs").kind, ParsedReference::Kind::Variable);
  EXPECT_EQ(parse_reference("module.net.sg_id").target, "module.net");
  EXPECT_EQ(parse_reference("data.aws_iam_policy_document.x.json").kind, ParsedReference::Kind::Data);
  EXPECT_EQ(parse_reference("jsonencode(local.x)").kind, ParsedReference::Kind::Other);
  EXPECT_EQ(parse_reference("each.value").kind, ParsedReference::Kind::Other);
}

TEST(TerraformAdapters, TableIsSortedWithoutRepeatsAndFindsEachType) {
  const std::vector<std::string_view> types = detail::terraform::adapted_types();
  ASSERT_FALSE(types.empty());
  EXPECT_TRUE(std::is_sorted(types.begin(), types.end()));
  EXPECT_EQ(std::adjacent_find(types.begin(), types.end()), types.end());
  for (std::string_view t : types) EXPECT_NE(detail::terraform::find_adapter(t), nullptr) << t;
  EXPECT_EQ(detail::terraform::find_adapter("aws_instance_nonexistent"), nullptr);
}

}  // namespace
}  // namespace infralint::loaders
