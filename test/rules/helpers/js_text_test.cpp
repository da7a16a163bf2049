#include "aws/common/js_text.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "helpers/json_value.hpp"

namespace infralint::rules::aws::js {
namespace {

using test::json;

TEST(JsText, NumbersPrintAsJavaScriptDoes) {
  EXPECT_EQ(number_to_string(1.1), "1.1");
  EXPECT_EQ(number_to_string(3306), "3306");
  EXPECT_EQ(number_to_string(-0.0), "0");
  EXPECT_EQ(number_to_string(1e21), "1e+21");
  EXPECT_EQ(number_to_string(123456789012345680000.0), "123456789012345680000");
  EXPECT_EQ(number_to_string(0.000001), "0.000001");
  EXPECT_EQ(number_to_string(1e-7), "1e-7");
  EXPECT_EQ(number_to_string(-2.5e-10), "-2.5e-10");
  EXPECT_EQ(number_to_string(NAN), "NaN");
}

TEST(JsText, StringsConvertToNumbersAsNumberDoes) {
  EXPECT_EQ(string_to_number(" 3306\n"), 3306);
  EXPECT_EQ(string_to_number(""), 0);
  EXPECT_EQ(string_to_number("0x10"), 16);
  EXPECT_EQ(string_to_number("1e3"), 1000);
  EXPECT_EQ(string_to_number(".5"), 0.5);
  EXPECT_EQ(string_to_number("-Infinity"), -HUGE_VAL);
  EXPECT_FALSE(string_to_number("false"));
  EXPECT_FALSE(string_to_number("-0x10"));
  EXPECT_FALSE(string_to_number("infinity"));
  EXPECT_FALSE(string_to_number("12px"));
}

TEST(JsText, StringifyIsCompactWithJavaScriptEscapesAndKeyOrder) {
  EXPECT_EQ(stringify(json(R"({"b": [1.50, true, null], "a": "x\"y\\z\n\u0001"})")),
            R"({"b":[1.5,true,null],"a":"x\"y\\z\n\u0001"})");
  // Integer-like keys come first, in numeric order, as in a JavaScript object.
  EXPECT_EQ(stringify(json(R"({"b": 1, "10": 2, "2": 3, "01": 4})")), R"({"2":3,"10":2,"b":1,"01":4})");
}

TEST(JsText, StringOfValuesFollowsTemplateLiterals) {
  const model::Value list = json(R"(["a", null, ["b", "c"], {"k": 1}])");
  EXPECT_EQ(to_string(&list), "a,,b,c,[object Object]");
  EXPECT_EQ(to_string(nullptr), "undefined");
  const model::Value null_value = json("null");
  EXPECT_EQ(to_string(&null_value), "null");
  const model::Value number = json("1.0");
  EXPECT_EQ(to_string(&number), "1");
}

}  // namespace
}  // namespace infralint::rules::aws::js
