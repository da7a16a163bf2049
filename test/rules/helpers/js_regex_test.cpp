#include "aws/common/js_regex.hpp"

#include <gtest/gtest.h>

#include <random>

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

namespace infralint::rules::aws::js {
namespace {

// The hand matcher against RE2 running the very pattern cdk-nag would build, over
// random texts made of the characters the tails care about.
TEST(NamePattern, AgreesWithTheCompiledPatternOnRandomTexts) {
  const std::vector<std::string> pieces = {"Bucket", "Bucket1", "b", "-", "_", ".", "/", "*", "/*", ":", "\n",
                                          "\r", "\xE2\x80\xA8", "\xC3\xA9", " ", "arn:aws:s3:::", "x"};
  const std::vector<std::string> classes = {"\\w", "\\w\\-", "\\w\\-_\\."};
  std::mt19937 random(42);
  int matched = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    for (int i = static_cast<int>(random() % 8); i >= 0; --i) text += pieces[random() % pieces.size()];
    const std::string& excluded = classes[random() % classes.size()];
    std::vector<std::string> names = {"Bucket"};
    if (random() % 2) names.push_back("b-1");
    for (const auto tail : {NamePattern::Tail::NotFollowedBy, NamePattern::Tail::NotFollowedByThenObjects}) {
      const std::string tail_pattern = tail == NamePattern::Tail::NotFollowedBy ? not_followed_by(excluded)
                                                                               : not_followed_by_then_objects(excluded);
      std::string pattern;
      for (const std::string& name : names) pattern += (pattern.empty() ? "(" : "|(") + name + tail_pattern + ")";
      const NamePattern by_hand(names, excluded, tail, nullptr, true);
      const bool expected = Pattern(pattern, nullptr).test(text);
      matched += expected;
      EXPECT_EQ(by_hand.test(text), expected)
          << "text '" << text << "' class " << excluded << " names " << names.size();
    }
  }
  EXPECT_GT(matched, 500) << "the random texts should match often enough to test both answers";
}

TEST(NamePattern, NamesWithPatternSyntaxBehaveAsPatterns) {
  // '.' in a pasted name matches any character, as in cdk-nag.
  const NamePattern dotted({"my.bucket"}, "\\w", NamePattern::Tail::NotFollowedBy, nullptr);
  EXPECT_TRUE(dotted.test("myXbucket"));
  const NamePattern plain({"mybucket"}, "\\w", NamePattern::Tail::NotFollowedBy, nullptr);
  EXPECT_TRUE(plain.test("arn:mybucket"));
  EXPECT_FALSE(plain.test("mybucket2"));
  EXPECT_TRUE(plain.test("mybucket2 mybucket"));
  EXPECT_THROW(NamePattern({"a(b"}, "\\w", NamePattern::Tail::NotFollowedBy, nullptr), CannotValidate);
}

}  // namespace
}  // namespace infralint::rules::aws::js
