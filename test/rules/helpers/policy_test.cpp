#include "aws/iam/policy.hpp"

#include <gtest/gtest.h>

#include "aws/common/cannot_validate.hpp"
#include "helpers/json_value.hpp"

namespace infralint::rules::aws::iam {
namespace {

using model::Value;
using test::json;

constexpr ActionTest kS3{.star_counts = true, .lowered = "s3:*"};
constexpr ActionTest kPublish{.star_counts = false, .lowered = "sns:publish"};

bool denies(std::string_view statement, const ActionTest& test) {
  const Value v = json(statement);
  return denies_insecure_transport(&v, test);
}

TEST(Policy, DenyOfAllActionsToEveryoneWithoutTlsCounts) {
  EXPECT_TRUE(denies(R"({"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "S3:*",
                        "Condition": {"Bool": {"aws:SecureTransport": "false"}}})", kS3));
  EXPECT_TRUE(denies(R"({"Effect": "Deny", "Principal": "*", "Action": ["s3:GetObject", "*"],
                        "Condition": {"Bool": {"aws:SecureTransport": false}}})", kS3));
  EXPECT_TRUE(denies(R"({"Effect": "Deny", "Principal": {"AWS": ["123", "*"]}, "Action": "sns:Publish",
                        "Condition": {"Bool": {"aws:SecureTransport": false}}})", kPublish));
}

TEST(Policy, OtherStatementsDoNotCount) {
  EXPECT_FALSE(denies(R"({"Effect": "Allow", "Principal": "*", "Action": "s3:*",
                         "Condition": {"Bool": {"aws:SecureTransport": "false"}}})", kS3));
  EXPECT_FALSE(denies(R"({"Effect": "Deny", "Principal": "*", "Action": "s3:*",
                         "Condition": {"Bool": {"aws:SecureTransport": "False"}}})", kS3));
  EXPECT_FALSE(denies(R"({"Effect": "Deny", "Principal": {"Service": "*"}, "Action": "s3:*",
                         "Condition": {"Bool": {"aws:SecureTransport": false}}})", kS3));
  // A bare "*" does not cover sns:Publish for SNS3.
  EXPECT_FALSE(denies(R"({"Effect": "Deny", "Principal": "*", "Action": "*",
                         "Condition": {"Bool": {"aws:SecureTransport": false}}})", kPublish));
}

TEST(Policy, ShapesCdkNagCannotReadThrow) {
  // NotAction leaves Action undefined, and cdk-nag calls toLowerCase() on it.
  EXPECT_THROW(denies(R"({"Effect": "Deny", "NotAction": "s3:Get*", "Principal": "*"})", kS3), CannotValidate);
  // No Principal: cdk-nag reads `.AWS` of undefined.
  EXPECT_THROW(denies(R"({"Effect": "Deny", "Action": "s3:*"})", kS3), CannotValidate);
  const Value single_statement = json(R"({"Statement": {"Effect": "Deny"}})");
  EXPECT_THROW(statements_of(&single_statement), CannotValidate);
  EXPECT_THROW(statements_of(nullptr), CannotValidate);
}

}  // namespace
}  // namespace infralint::rules::aws::iam
