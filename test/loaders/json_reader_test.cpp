// read_json: text in, values with positions out; every kind of bad input gives an
// error with a position, never a crash.
#include <gtest/gtest.h>

#include <string>

#include "infralint/loaders/readers.hpp"
#include "test_support.hpp"

namespace infralint::loaders {
namespace {

using model::Value;
using testing::dump;
using testing::position;

Value parse_ok(std::string_view text, const Limits& limits = {}) {
  ParseResult r = read_json(text, 7, limits);
  EXPECT_FALSE(r.error) << text << "\n -> " << (r.error ? r.error->message : "");
  if (r.error || r.documents.size() != 1) return Value();
  return std::move(r.documents.front());
}

struct PositionCase {
  std::string text;
  std::string pointer;
  std::string value;     // dump() of the value at pointer
  std::string position;  // line:column of that value
};

class JsonPositions : public ::testing::TestWithParam<PositionCase> {};

TEST_P(JsonPositions, ValueAndPosition) {
  const PositionCase& c = GetParam();
  const Value doc = parse_ok(c.text);
  const Value* v = doc.at(c.pointer);
  ASSERT_NE(v, nullptr) << c.pointer;
  EXPECT_EQ(dump(*v), c.value);
  EXPECT_EQ(position(v->location()), c.position);
  EXPECT_EQ(v->location().file, 7u);
}

INSTANTIATE_TEST_SUITE_P(
    Table, JsonPositions,
    ::testing::Values(
        PositionCase{"{\n  \"a\": [1, \"x\", true, null],\n  \"b\": {\"c\": -1.5e3}\n}", "", R"({"a":[1,"x",true,null],"b":{"c":-1.5e3}})", "1:1"},
        PositionCase{"{\n  \"a\": [1, \"x\", true, null],\n  \"b\": {\"c\": -1.5e3}\n}", "/a", R"([1,"x",true,null])", "2:8"},
        PositionCase{"{\n  \"a\": [1, \"x\", true, null],\n  \"b\": {\"c\": -1.5e3}\n}", "/a/1", R"("x")", "2:12"},
        PositionCase{"{\n  \"a\": [1, \"x\", true, null],\n  \"b\": {\"c\": -1.5e3}\n}", "/a/3", "null", "2:23"},
        PositionCase{"{\n  \"a\": [1, \"x\", true, null],\n  \"b\": {\"c\": -1.5e3}\n}", "/b/c", "-1.5e3", "3:14"},
        // Numbers keep their source text.
        PositionCase{R"({"n": [0, 10, 1.50, 2E+3, -0.0]})", "/n", "[0,10,1.50,2E+3,-0.0]", "1:7"},
        // A UTF-8 byte order mark takes no column; CRLF line ends count as one break.
        PositionCase{"\xEF\xBB\xBF{\"a\":1}", "/a", "1", "1:6"},
        PositionCase{"{\r\n\"a\":\r\n  true}", "/a", "true", "3:3"},
        // Columns count characters, not bytes.
        PositionCase{"{\"\xC3\xA9\xC3\xA9\": 1, \"b\": 2}", "/b", "2", "1:16"},
        PositionCase{"{\"\xF0\x9F\x98\x80\": \"x\"}", "/\xF0\x9F\x98\x80", "\"x\"", "1:7"},
        // Escapes, including a surrogate pair; a lone surrogate becomes U+FFFD.
        PositionCase{R"(["a\"b\\c\/d\b\f\n\r\t"])", "/0", "\"a\"b\\c/d\b\f\n\r\t\"", "1:2"},
        PositionCase{R"(["\u00e9\ud83d\ude00"])", "/0", "\"\xC3\xA9\xF0\x9F\x98\x80\"", "1:2"},
        PositionCase{R"(["\ud83dx", "\ude00"])", "", "[\"\xEF\xBF\xBDx\",\"\xEF\xBF\xBD\"]", "1:1"},
        // Invalid UTF-8 inside a string is replaced, not rejected.
        PositionCase{"[\"a\xFF" "b\", \"\xC3(\", \"\xED\xA0\x80\"]", "",
                     "[\"a\xEF\xBF\xBD" "b\",\"\xEF\xBF\xBD(\",\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"]", "1:1"},
        // Duplicate keys: the last value wins, in the first key's place.
        PositionCase{R"({"a": 1, "b": 2, "a": 3})", "", R"({"a":3,"b":2})", "1:1"},
        PositionCase{R"({"a": 1, "a": 2, "b": 0, "a": 3})", "/a", "3", "1:31"},
        PositionCase{R"({"k0":0,"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k8":8,"k1":"x","k9":9,"k1":"y"})", "",
                     R"({"k0":0,"k1":"y","k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k8":8,"k9":9})", "1:1"},
        PositionCase{"  \n\t[ ]  \n", "", "[]", "2:2"},
        PositionCase{"\"just a string\"", "", "\"just a string\"", "1:1"}));

TEST(JsonReader, KeysHaveTheirOwnLocation) {
  const Value doc = parse_ok("{\n  \"Resources\": {\n    \"Bucket\": {\"Type\": \"AWS::S3::Bucket\"}\n  }\n}");
  const model::Member* resources = doc.find_member("Resources");
  ASSERT_NE(resources, nullptr);
  EXPECT_EQ(position(resources->key_location), "2:3");
  EXPECT_EQ(position(resources->value.location()), "2:16");
  const model::Member* bucket = resources->value.find_member("Bucket");
  ASSERT_NE(bucket, nullptr);
  EXPECT_EQ(position(bucket->key_location), "3:5");
  EXPECT_EQ(position(bucket->value.find_member("Type")->key_location), "3:16");
  EXPECT_EQ(bucket->key_location.file, 7u);
}

TEST(JsonReader, DuplicateKeyTakesTheLastKeyLocation) {
  const Value doc = parse_ok("{\"a\": 1,\n \"a\": 2}");
  ASSERT_EQ(doc.size(), 1u);
  EXPECT_EQ(position(doc.members()[0].key_location), "2:2");
  EXPECT_EQ(position(doc.members()[0].value.location()), "2:7");
}

struct ErrorCase {
  std::string text;
  std::string position;
  std::string message;  // a substring of the error message
};

class JsonErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(JsonErrors, PositionAndMessage) {
  const ErrorCase& c = GetParam();
  ParseResult r = read_json(c.text, 0);
  ASSERT_TRUE(r.error) << "accepted: " << c.text;
  EXPECT_TRUE(r.documents.empty());
  EXPECT_EQ(std::to_string(r.error->line) + ":" + std::to_string(r.error->column), c.position) << r.error->message;
  EXPECT_NE(r.error->message.find(c.message), std::string::npos) << r.error->message;
}

INSTANTIATE_TEST_SUITE_P(
    Table, JsonErrors,
    ::testing::Values(
        ErrorCase{"", "1:1", "unexpected end of input: expected a value"},
        ErrorCase{"  \n ", "2:2", "unexpected end of input"},
        ErrorCase{"{\"a\": 1 \"b\": 2}", "1:9", "expected ',' or '}' after object member"},
        ErrorCase{"[1 2]", "1:4", "expected ',' or ']' after array element"},
        ErrorCase{"{\"a\": 1,}", "1:9", "trailing comma before '}'"},
        ErrorCase{"[1,\n ]", "2:2", "trailing comma before ']'"},
        ErrorCase{"{\"a\" 1}", "1:6", "expected ':' after object key"},
        ErrorCase{"{'a': 1}", "1:2", "expected a string key in double quotes, found '''"},
        ErrorCase{"{\"a\": 1", "1:8", "unexpected end of input: expected ',' or '}'"},
        ErrorCase{"[tru]", "1:2", "expected a value"},
        ErrorCase{"[NaN]", "1:2", "expected a value, found 'N'"},
        ErrorCase{"[01]", "1:3", "leading zeros"},
        ErrorCase{"[1.]", "1:4", "expected a digit after '.'"},
        ErrorCase{"[1e+]", "1:5", "exponent"},
        ErrorCase{"[-]", "1:3", "expected a digit"},
        ErrorCase{"{\"a\": \"abc", "1:7", "unterminated string"},
        ErrorCase{"[\"a\nb\"]", "1:2", "unterminated string"},
        ErrorCase{"[\"a\tb\"]", "1:4", "control character"},
        ErrorCase{"[\"\\x\"]", "1:3", "invalid escape sequence '\\x'"},
        ErrorCase{"[\"\\u12G4\"]", "1:7", "four hexadecimal digits"},
        ErrorCase{"{} x", "1:4", "after the end of the JSON value"},
        ErrorCase{"{}\n{}", "2:1", "after the end of the JSON value"},
        ErrorCase{"[1,\n  2,\n  @]", "3:3", "expected a value, found '@'"},
        ErrorCase{"{\"a\":1}\x01", "1:8", "byte 0x01"},
        // Binary input and other encodings are named as such.
        ErrorCase{std::string("{\"a\": \"\0\"}", 10), "1:8", "not text: contains NUL bytes"},
        ErrorCase{std::string("\x7F" "ELF\x02\x01\x01\0\0\0", 10), "1:8", "not text"},
        ErrorCase{std::string("\xFF\xFE\0\0{\0\0\0", 8), "1:1", "UTF-32"},
        ErrorCase{std::string("\xFF\xFE[\0\n\0@\0]\0", 10), "2:1", "expected a value, found '@'"}));

TEST(JsonReader, Utf16WithByteOrderMarkIsConverted) {
  // {"é": [1]} in UTF-16, both byte orders, with a character outside the BMP.
  const std::string little("\xFF\xFE{\0\"\0\xE9\0\"\0:\0[\0""1\0]\0,\0\"\0\x3D\xD8\x00\xDE\"\0:\0""2\0}\0", 34);
  const std::string big("\xFE\xFF\0{\0\"\0\xE9\0\"\0:\0[\0""1\0]\0,\0\"\xD8\x3D\xDE\x00\0\"\0:\0""2\0}", 34);
  for (const std::string& text : {little, big}) {
    const Value doc = parse_ok(text);
    EXPECT_EQ(dump(doc), "{\"\xC3\xA9\":[1],\"\xF0\x9F\x98\x80\":2}");
    EXPECT_EQ(position(doc.find("\xC3\xA9")->location()), "1:6");
  }
}

TEST(JsonReader, HundredThousandDeepNestingIsAnErrorNotACrash) {
  for (const char open : {'[', '{'}) {
    std::string text;
    if (open == '[') {
      text.assign(100'000, '[');
    } else {
      for (int i = 0; i < 100'000; ++i) text += "{\"a\":";
    }
    ParseResult r = read_json(text, 0);
    ASSERT_TRUE(r.error);
    EXPECT_NE(r.error->message.find("nesting is deeper than 512 levels"), std::string::npos) << r.error->message;
    EXPECT_EQ(r.error->line, 1u);
  }
}

TEST(JsonReader, DepthLimitIsExact) {
  Limits limits;
  limits.max_depth = 5;
  EXPECT_FALSE(read_json("[[[[[1]]]]]", 0, limits).error);
  ParseResult r = read_json("[[[[[[1]]]]]]", 0, limits);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->column, 6u);
}

TEST(JsonReader, NodeAndStringLimits) {
  Limits limits;
  limits.max_nodes = 4;
  EXPECT_FALSE(read_json("[1,2,3]", 0, limits).error);
  ParseResult r = read_json("[1,2,3,4]", 0, limits);
  ASSERT_TRUE(r.error);
  EXPECT_NE(r.error->message.find("more than 4 values"), std::string::npos);

  limits = Limits{};
  limits.max_string_bytes = 3;
  EXPECT_FALSE(read_json("[\"abc\"]", 0, limits).error);
  r = read_json("[\"ab\\u0063d\"]", 0, limits);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(position(model::Location{0, r.error->line, r.error->column}), "1:2");
  EXPECT_NE(r.error->message.find("longer than 3 bytes"), std::string::npos);
  r = read_json("{\"abcd\": 1}", 0, limits);
  ASSERT_TRUE(r.error);
  r = read_json("[12345]", 0, limits);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->column, 2u);
}

}  // namespace
}  // namespace infralint::loaders
