#include "utf8.hpp"

#include <gtest/gtest.h>

namespace infralint::reporters::detail {
namespace {

TEST(Utf8, DecodesEachSequenceLength) {
  EXPECT_EQ(decode_utf8("A", 0).value, U'A');
  const CodePoint e_acute = decode_utf8("\xc3\xa9", 0);
  EXPECT_TRUE(e_acute.valid);
  EXPECT_EQ(e_acute.value, U'\u00e9');
  EXPECT_EQ(e_acute.length, 2u);
  EXPECT_EQ(decode_utf8("\xe2\x80\xae", 0).value, U'\u202e');
  const CodePoint emoji = decode_utf8("\xf0\x9f\x98\x80", 0);
  EXPECT_EQ(emoji.value, U'\U0001F600');
  EXPECT_EQ(emoji.length, 4u);
}

TEST(Utf8, RejectsOverlongSurrogateAndOutOfRangeForms) {
  EXPECT_FALSE(decode_utf8("\xc0\x80", 0).valid);          // overlong NUL
  EXPECT_FALSE(decode_utf8("\xe0\x80\xaf", 0).valid);      // overlong '/'
  EXPECT_FALSE(decode_utf8("\xed\xa0\x80", 0).valid);      // U+D800, a lone surrogate
  EXPECT_FALSE(decode_utf8("\xf4\x90\x80\x80", 0).valid);  // above U+10FFFF
  EXPECT_FALSE(decode_utf8("\x80", 0).valid);              // stray continuation
  EXPECT_FALSE(decode_utf8("\xff", 0).valid);
}

TEST(Utf8, ATruncatedSequenceIsOneReplacement) {
  // Unicode's maximal-subpart practice: "\xe2\x82" is one ill-formed unit.
  EXPECT_EQ(to_valid_utf8("a\xe2\x82z"), "a\ufffdz");
  EXPECT_EQ(to_valid_utf8("a\xe2\x82"), "a\ufffd");
  EXPECT_EQ(to_valid_utf8("\xff\xfe"), "\ufffd\ufffd");
  EXPECT_EQ(to_valid_utf8("\xed\xa0\x80"), "\ufffd\ufffd\ufffd");
}

TEST(Utf8, ValidTextIsUntouched) {
  const std::string text = "donn\u00e9es \U0001F600 \u202e plain";
  EXPECT_TRUE(is_valid_utf8(text));
  EXPECT_EQ(to_valid_utf8(text), text);
  EXPECT_FALSE(is_valid_utf8("x\xc3("));
}

TEST(Utf8, AppendEncodesEveryLength) {
  std::string out;
  for (char32_t cp : {U'A', U'\u00e9', U'\ufffd', U'\U0001F600'}) append_utf8(out, cp);
  EXPECT_EQ(out, "A\u00e9\ufffd\U0001F600");
}

}  // namespace
}  // namespace infralint::reporters::detail
