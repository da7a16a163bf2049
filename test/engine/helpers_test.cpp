// The engine's small building blocks: fingerprints, globs, and the JavaScript string
// rules cdk-nag's suppressions depend on.
#include <gtest/gtest.h>

#include "infralint/engine/glob.hpp"
#include "infralint/engine/fingerprint.hpp"
#include "text_codec.hpp"

using namespace infralint::engine;

TEST(Fingerprint, IsSixteenLowercaseHexDigitsAndStableAcrossReleases) {
  // Pinned: baselines written by one version must keep matching in the next. The
  // value is FNV-1a 64 over the fields, each followed by 0x1F (computed independently).
  EXPECT_EQ(fingerprint("AwsSolutions-IAM5", "App", "Role", "Action::s3:*"), "6c42388b352b6844");
  EXPECT_EQ(fingerprint("", "", "", ""), "8706f12ebf36a791");
}

TEST(Fingerprint, EveryFieldCountsAndFieldsDoNotRunTogether) {
  const std::string base = fingerprint("R", "S", "X", "G");
  EXPECT_NE(base, fingerprint("R2", "S", "X", "G"));
  EXPECT_NE(base, fingerprint("R", "S2", "X", "G"));
  EXPECT_NE(base, fingerprint("R", "S", "X2", "G"));
  EXPECT_NE(base, fingerprint("R", "S", "X", "G2"));
  EXPECT_NE(fingerprint("ab", "c", "", ""), fingerprint("a", "bc", "", ""));
}

TEST(Glob, StarAndQuestionMark) {
  EXPECT_TRUE(glob_match("*", ""));
  EXPECT_TRUE(glob_match("*", "cdk.out/a/b.json"));  // '*' crosses '/'
  EXPECT_TRUE(glob_match("AwsSolutions-*", "AwsSolutions-IAM5"));
  EXPECT_FALSE(glob_match("AwsSolutions-*", "HIPAA.Security-S1"));
  EXPECT_TRUE(glob_match("*-S?", "AwsSolutions-S1"));
  EXPECT_FALSE(glob_match("*-S?", "AwsSolutions-S10"));
  EXPECT_TRUE(glob_match("a*b*c", "a-b-b-c"));
  EXPECT_FALSE(glob_match("a*b*c", "a-b-b-d"));
  EXPECT_TRUE(glob_match("exact", "exact"));
  EXPECT_FALSE(glob_match("exact", "exactly"));
  EXPECT_FALSE(glob_match("", "x"));
  EXPECT_TRUE(glob_match("**a", "a"));
}

TEST(Glob, PathologicalPatternsStayFast) {
  const std::string text(5000, 'a');
  EXPECT_FALSE(glob_match("*a*a*a*a*a*a*a*a*a*b", text));
}

TEST(JavaScriptStrings, Base64AsNodeDecodesIt) {
  EXPECT_EQ(decode_base64("aGVsbG8gd29ybGQ="), "hello world");
  EXPECT_EQ(decode_base64("aGVsbG8gd29ybGQ"), "hello world");  // padding optional
  EXPECT_EQ(decode_base64("aGVs\nbG8g d29y bGQ="), "hello world");  // junk skipped
  EXPECT_EQ(decode_base64("-_8"), "\xFB\xFF");  // URL-safe alphabet
  EXPECT_EQ(decode_base64(""), "");
}

TEST(JavaScriptStrings, LengthCountsUtf16Units) {
  EXPECT_EQ(javascript_length("abc"), 3u);
  EXPECT_EQ(javascript_length("\xC3\xA9"), 1u);          // é
  EXPECT_EQ(javascript_length("\xE2\x82\xAC"), 1u);      // €
  EXPECT_EQ(javascript_length("\xF0\x9F\x94\x92"), 2u);  // 🔒, a surrogate pair
  EXPECT_EQ(javascript_length("\xFF\xFE"), 2u);          // malformed bytes, one each
  EXPECT_EQ(javascript_length("\xE2\x82"), 2u);          // truncated sequence
}
