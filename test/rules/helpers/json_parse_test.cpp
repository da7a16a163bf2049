#include "aws/mediastore/json_parse.hpp"

#include <gtest/gtest.h>

#include <string>

#include "aws/common/cannot_validate.hpp"
#include "aws/common/js_text.hpp"

namespace infralint::rules::aws::js {
namespace {

using model::Value;

Value parse(std::string_view text) { return parse_json(text, {}, nullptr); }

TEST(JsonParse, ReadsEveryKindOfValue) {
  const Value v = parse(" {\"a\": [1, -2.5e3, true, false, null], \"b\": {\"c\": \"d\"}, \"e\": {}, \"f\": []}\n");
  ASSERT_TRUE(v.is_object());
  EXPECT_EQ(stringify(v), R"({"a":[1,-2500,true,false,null],"b":{"c":"d"},"e":{},"f":[]})");
  EXPECT_EQ(v.at("/a/1")->as_string(), "-2.5e3");  // numbers keep their text
  EXPECT_TRUE(parse("\"text\"").is_string());
  EXPECT_TRUE(parse("null").is_null());
  EXPECT_EQ(parse("0").as_string(), "0");
}

TEST(JsonParse, RepeatedKeyKeepsFirstPlaceAndLastValue) {
  const Value v = parse(R"({"a": 1, "b": 2, "a": 3})");
  EXPECT_EQ(stringify(v), R"({"a":3,"b":2})");
}

TEST(JsonParse, DecodesEscapes) {
  EXPECT_EQ(parse(R"("a\"\\\/\b\f\n\r\t")").as_string(), "a\"\\/\b\f\n\r\t");
  EXPECT_EQ(parse(R"("\u0041\u00e9\u20AC")").as_string(), "A\xC3\xA9\xE2\x82\xAC");
  EXPECT_EQ(parse(R"("\ud83d\ude00")").as_string(), "\xF0\x9F\x98\x80");
  // A lone surrogate is a valid JavaScript string; it keeps a three-byte form.
  EXPECT_EQ(parse(R"("\ud83dx")").as_string(), "\xED\xA0\xBDx");
}

TEST(JsonParse, RejectsWhatJsonParseRejects) {
  for (std::string_view bad : {"", " ", "[object Object]", "{a: 1}", "{'a': 1}", "[1,]", "{\"a\": 1,}", "01", "1.",
                               "-", "1e", ".5", "+1", "tru", "nul", "\"open", "\"tab\there\"", "\"\\x\"",
                               "\"\\u12g4\"", "{} {}", "[1 2]", "{\"a\" 1}", "\xEF\xBB\xBF{}", "\v1", "NaN",
                               "Infinity", "[", "{\"a\":"})
    EXPECT_THROW(parse(bad), CannotValidate) << bad;
}

TEST(JsonParse, NestingIsLimited) {
  const std::string deep_enough = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  EXPECT_NO_THROW(parse(deep_enough));
  const std::string too_deep = std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
  EXPECT_THROW(parse(too_deep), CannotValidate);
  // Far deeper input fails without touching the call stack.
  EXPECT_THROW(parse(std::string(1'000'000, '[')), CannotValidate);
}

TEST(JsonParse, NonStringsAreParsedThroughString) {
  // JSON.parse(v) reads String(v): an intrinsic is "[object Object]", a list of one
  // string is that string, true is "true".
  const Value intrinsic = Value::object({model::Member{"Fn::Sub", {}, Value::string("{}")}});
  EXPECT_THROW(parse_json(intrinsic), CannotValidate);
  const Value one_string = Value::array({Value::string("{\"Statement\": []}")});
  EXPECT_TRUE(parse_json(one_string).is_object());
  EXPECT_TRUE(parse_json(Value::boolean(true)).is_bool());
  EXPECT_TRUE(parse_json(Value::null()).is_null());
}

}  // namespace
}  // namespace infralint::rules::aws::js
