#include "aws/common/js_regex.hpp"

#include <gtest/gtest.h>

#include "aws/common/cannot_validate.hpp"

namespace infralint::rules::aws::js {
namespace {

// new RegExp(`Bucket(?![\w])`)
TEST(JsRegex, TrailingLookaheadAcceptsEndOrANonWordCharacter) {
  const std::string pattern = "Bucket" + not_followed_by("\\w");
  EXPECT_TRUE(test(pattern, "<Bucket.Arn>", nullptr));
  EXPECT_TRUE(test(pattern, "<Bucket>", nullptr));
  EXPECT_TRUE(test(pattern, "Bucket", nullptr));
  EXPECT_FALSE(test(pattern, "<BucketLogs.Arn>", nullptr));
  // A later occurrence can satisfy it even when an earlier one does not.
  EXPECT_TRUE(test(pattern, "Bucket2 Bucket", nullptr));
}

// new RegExp(`(Bucket(?![\w\-]).*\/\*)`)
TEST(JsRegex, LookaheadFollowedByObjectPath) {
  const std::string pattern = "(Bucket" + not_followed_by_then_objects("\\w\\-") + ")";
  EXPECT_TRUE(test(pattern, R"("Bucket/*")", nullptr));
  EXPECT_TRUE(test(pattern, R"({"Fn::Join":["",[{"Fn::GetAtt":["Bucket","Arn"]},"/*"]]})", nullptr));
  EXPECT_FALSE(test(pattern, R"("Bucket-logs/*")", nullptr));
  EXPECT_FALSE(test(pattern, R"("Bucket/x")", nullptr));
  EXPECT_FALSE(test(pattern, "Bucket\n/*", nullptr));  // '.' does not cross a line end
}

TEST(JsRegex, PastedTextStaysAPattern) {
  // "[object Object]" is a character class, as in JavaScript.
  const std::string pattern = "([object Object]" + not_followed_by("\\w\\-") + ")";
  EXPECT_TRUE(test(pattern, R"("arn:aws:s3:::somebucket")", nullptr));
  EXPECT_FALSE(test(pattern, "xyz", nullptr));
  EXPECT_TRUE(test("my.bucket" + not_followed_by("\\w"), "my-bucket", nullptr));
}

TEST(JsRegex, InvalidPatternCannotValidate) {
  EXPECT_THROW(Pattern("(unbalanced" + not_followed_by("\\w"), nullptr), CannotValidate);
}

}  // namespace
}  // namespace infralint::rules::aws::js
