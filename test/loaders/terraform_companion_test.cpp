// Companions: a resource CloudFormation models apart that Terraform writes inline
// (an SQS queue's or SNS topic's `policy`) joins the stack beside its parent, under
// "<address>/<name>", naming the parent, without the parent's own Terraform edges.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "infralint/loaders/load.hpp"
#include "test_support.hpp"

namespace infralint::loaders {
namespace {

namespace fs = std::filesystem;
using testing::dump;
using testing::TempDir;

constexpr std::string_view kQueues = R"({
  "resource": {
    "aws_s3_bucket": {"archive": {"bucket": "archive"}},
    "aws_sqs_queue": {
      "orders": {
        "name": "orders",
        "policy": "{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}",
        "depends_on": ["aws_s3_bucket.archive"]
      },
      "plain": {"name": "plain", "policy": ""}
    },
    "aws_sns_topic": {
      "alerts": {"name": "alerts", "policy": "${data.aws_iam_policy_document.alerts.json}"}
    }
  }
})";

class Companions : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path file = dir_.write("queues.tf.json", kQueues);
    result_ = load({file.string()}, {});
    ASSERT_TRUE(result_.diagnostics.empty());
    ASSERT_EQ(result_.graph.stacks().size(), 1u);
  }
  const model::Stack& stack() const { return *result_.graph.stacks()[0]; }
  TempDir dir_;
  LoadResult result_;
};

TEST_F(Companions, AnInlinePolicyBecomesAPolicyResourceBesideItsParent) {
  // bucket, orders, orders/policy, plain (an empty policy is none), alerts, alerts/policy
  ASSERT_EQ(stack().resources.size(), 6u);
  EXPECT_EQ(stack().resources[2].id, "aws_sqs_queue.orders/policy");
  const model::Resource* policy = stack().find("aws_sqs_queue.orders/policy");
  ASSERT_NE(policy, nullptr);
  EXPECT_EQ(policy->type, "AWS::SQS::QueuePolicy");
  EXPECT_EQ(dump(*policy->property("Queues")), R"([{"Ref":"aws_sqs_queue.orders"}])");
  EXPECT_EQ(dump(*policy->at("/Properties/PolicyDocument/Statement/0/Effect")), R"("Deny")");
  EXPECT_EQ(stack().find("aws_sqs_queue.plain/policy"), nullptr);
}

TEST_F(Companions, TheCompanionNamesItsParentButDoesNotTakeItsEdges) {
  const model::Resource* policy = stack().find("aws_sqs_queue.orders/policy");
  ASSERT_NE(policy, nullptr);
  EXPECT_EQ(policy->referenced("AWS::SQS::Queue").size(), 1u);
  EXPECT_TRUE(policy->referenced("AWS::S3::Bucket").empty());
  EXPECT_EQ(stack().find("aws_sqs_queue.orders")->referenced("AWS::S3::Bucket").size(), 1u);
}

TEST_F(Companions, AnUnreadableInlinePolicyHasUnknownStatements) {
  const model::Resource* policy = stack().find("aws_sns_topic.alerts/policy");
  ASSERT_NE(policy, nullptr);
  EXPECT_EQ(policy->type, "AWS::SNS::TopicPolicy");
  EXPECT_EQ(dump(*policy->property("Topics")), R"([{"Ref":"aws_sns_topic.alerts"}])");
  EXPECT_EQ(policy->at("/Properties/PolicyDocument/Statement")->intrinsic(), "Fn::Unknown");
}

}  // namespace
}  // namespace infralint::loaders
