// read_yaml: CloudFormation short-form tags, scalar typing as CloudFormation reads
// it, positions, anchors, and hostile input.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "infralint/loaders/readers.hpp"
#include "test_support.hpp"

namespace infralint::loaders {
namespace {

using model::Value;
using testing::dump;
using testing::position;

Value parse_one(std::string_view text, const Limits& limits = {}) {
  ParseResult r = read_yaml(text, 3, limits);
  EXPECT_FALSE(r.error) << text << "\n -> " << (r.error ? position({0, r.error->line, r.error->column}) + " " + r.error->message : "");
  EXPECT_EQ(r.documents.size(), 1u) << text;
  if (r.error || r.documents.empty()) return Value();
  return std::move(r.documents.front());
}

struct ShapeCase {
  std::string yaml;
  std::string json;  // dump() of the document's "v" member
};

class YamlShapes : public ::testing::TestWithParam<ShapeCase> {};

TEST_P(YamlShapes, LongFormValue) {
  const ShapeCase& c = GetParam();
  const Value doc = parse_one("v: " + c.yaml + "\n");
  const Value* v = doc.find("v");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(dump(*v), c.json) << c.yaml;
}

INSTANTIATE_TEST_SUITE_P(
    ShortFormTags, YamlShapes,
    ::testing::Values(
        ShapeCase{"!Ref Bucket", R"({"Ref":"Bucket"})"},
        ShapeCase{"!Ref 'Bucket'", R"({"Ref":"Bucket"})"},
        ShapeCase{"!Condition IsProd", R"({"Condition":"IsProd"})"},
        ShapeCase{"!GetAtt Bucket.Arn", R"({"Fn::GetAtt":["Bucket","Arn"]})"},
        ShapeCase{"!GetAtt Db.Endpoint.Address", R"({"Fn::GetAtt":["Db","Endpoint.Address"]})"},
        ShapeCase{"!GetAtt [Bucket, Arn]", R"({"Fn::GetAtt":["Bucket","Arn"]})"},
        ShapeCase{"!GetAtt\n  - Bucket\n  - Arn", R"({"Fn::GetAtt":["Bucket","Arn"]})"},
        ShapeCase{"!Sub 'arn:${AWS::Partition}:s3:::${Bucket}'", R"({"Fn::Sub":"arn:${AWS::Partition}:s3:::${Bucket}"})"},
        ShapeCase{"!Sub ['${A}-x', {A: !Ref B}]", R"({"Fn::Sub":["${A}-x",{"A":{"Ref":"B"}}]})"},
        ShapeCase{"!Join ['', [a, !Ref B]]", R"({"Fn::Join":["",["a",{"Ref":"B"}]]})"},
        ShapeCase{"!Select [0, !GetAZs '']", R"({"Fn::Select":[0,{"Fn::GetAZs":""}]})"},
        ShapeCase{"!GetAZs", R"({"Fn::GetAZs":""})"},
        ShapeCase{"!Split [',', !ImportValue Shared]", R"({"Fn::Split":[",",{"Fn::ImportValue":"Shared"}]})"},
        ShapeCase{"!If [IsProd, !Ref 'AWS::NoValue', 5]", R"({"Fn::If":["IsProd",{"Ref":"AWS::NoValue"},5]})"},
        ShapeCase{"!Equals [!Ref Env, prod]", R"({"Fn::Equals":[{"Ref":"Env"},"prod"]})"},
        ShapeCase{"!And [!Condition A, !Not [!Condition B]]",
                  R"({"Fn::And":[{"Condition":"A"},{"Fn::Not":[{"Condition":"B"}]}]})"},
        ShapeCase{"!Or [!Equals [a, b], !Condition C]", R"({"Fn::Or":[{"Fn::Equals":["a","b"]},{"Condition":"C"}]})"},
        ShapeCase{"!FindInMap [M, !Ref AWS::Region, Ami]", R"({"Fn::FindInMap":["M",{"Ref":"AWS::Region"},"Ami"]})"},
        ShapeCase{"!Base64 |\n    #!/bin/sh\n    echo hi", R"({"Fn::Base64":"#!/bin/sh
echo hi
"})"},
        ShapeCase{"!Cidr [!GetAtt Vpc.CidrBlock, 6, 8]", R"({"Fn::Cidr":[{"Fn::GetAtt":["Vpc","CidrBlock"]},6,8]})"},
        ShapeCase{"!Transform {Name: 'AWS::Include', Parameters: {Location: s3://b/k}}",
                  R"({"Fn::Transform":{"Name":"AWS::Include","Parameters":{"Location":"s3://b/k"}}})"},
        ShapeCase{"!Contains [[a, b], !Ref P]", R"({"Fn::Contains":[["a","b"],{"Ref":"P"}]})"},
        ShapeCase{"!EachMemberEquals [!RefAll AWS::EC2::VPC::Id, x]",
                  R"({"Fn::EachMemberEquals":[{"Fn::RefAll":"AWS::EC2::VPC::Id"},"x"]})"},
        ShapeCase{"!EachMemberIn [!ValueOfAll [AWS::EC2::Subnet::Id, VpcId], [a]]",
                  R"({"Fn::EachMemberIn":[{"Fn::ValueOfAll":["AWS::EC2::Subnet::Id","VpcId"]},["a"]]})"},
        ShapeCase{"!ValueOf [Subnet, VpcId]", R"({"Fn::ValueOf":["Subnet","VpcId"]})"},
        ShapeCase{"!Length [a, b]", R"({"Fn::Length":["a","b"]})"},
        ShapeCase{"!ToJsonString {a: 1}", R"({"Fn::ToJsonString":{"a":1}})"}));

INSTANTIATE_TEST_SUITE_P(
    ScalarTyping, YamlShapes,
    ::testing::Values(
        // YAML 1.1 would make these a date, booleans and a sexagesimal number;
        // CloudFormation (and YAML 1.2) read strings.
        ShapeCase{"2010-09-09", R"("2010-09-09")"}, ShapeCase{"yes", R"("yes")"}, ShapeCase{"No", R"("No")"},
        ShapeCase{"on", R"("on")"}, ShapeCase{"OFF", R"("OFF")"}, ShapeCase{"y", R"("y")"},
        ShapeCase{"1:30", R"("1:30")"}, ShapeCase{"1_000", R"("1_000")"},
        ShapeCase{"true", "true"}, ShapeCase{"True", "true"}, ShapeCase{"FALSE", "false"}, ShapeCase{"tRue", R"("tRue")"},
        ShapeCase{"null", "null"}, ShapeCase{"~", "null"}, ShapeCase{"NULL", "null"}, ShapeCase{"", "null"},
        ShapeCase{"nULL", R"("nULL")"},
        // Numbers keep their text, so "012" and "1.10" survive as written.
        ShapeCase{"012", "012"}, ShapeCase{"-5", "-5"}, ShapeCase{"+7", "+7"}, ShapeCase{"0o17", "0o17"},
        ShapeCase{"0x1F", "0x1F"}, ShapeCase{"1.10", "1.10"}, ShapeCase{"1.", "1."}, ShapeCase{".5", ".5"},
        ShapeCase{"6.02e23", "6.02e23"}, ShapeCase{"-.inf", "-.inf"}, ShapeCase{".NaN", ".NaN"},
        ShapeCase{"1e", R"("1e")"}, ShapeCase{"0x", R"("0x")"}, ShapeCase{"0o8", R"("0o8")"}, ShapeCase{".", R"(".")"},
        ShapeCase{"-x", R"("-x")"}, ShapeCase{"1.2.3", R"("1.2.3")"}, ShapeCase{"10.0.0.0/16", R"("10.0.0.0/16")"},
        // Quoted scalars are always strings.
        ShapeCase{"'true'", R"("true")"}, ShapeCase{"\"123\"", R"("123")"}, ShapeCase{"''", R"("")"},
        ShapeCase{"'null'", R"("null")"},
        // Standard tags are honoured.
        ShapeCase{"!!str 123", R"("123")"}, ShapeCase{"!!str true", R"("true")"}, ShapeCase{"!!int '7'", "7"},
        ShapeCase{"!!float '1.5'", "1.5"}, ShapeCase{"!!bool 'True'", "true"}, ShapeCase{"!!null ''", "null"},
        ShapeCase{"!<tag:yaml.org,2002:str> 5", R"("5")"}, ShapeCase{"! 5", R"("5")"},
        ShapeCase{"!!seq [a]", R"(["a"])"}, ShapeCase{"!!map {a: b}", R"({"a":"b"})"},
        // Block scalars.
        ShapeCase{"|\n  a\n  b\n", R"("a
b
")"},
        ShapeCase{">-\n  a\n  b\n", R"("a b")"}));

TEST(YamlReader, PositionsOfValuesAndKeys) {
  const Value doc = parse_one(
      "Resources:\n"
      "  Bucket:\n"
      "    Type: AWS::S3::Bucket\n"
      "    Properties:\n"
      "      Name: !Ref Name\n"
      "      Tags: [{Key: k, Value: !GetAtt A.B}]\n");
  const model::Member* bucket = doc.at("/Resources")->find_member("Bucket");
  ASSERT_NE(bucket, nullptr);
  EXPECT_EQ(position(bucket->key_location), "2:3");
  EXPECT_EQ(bucket->key_location.file, 3u);
  EXPECT_EQ(position(bucket->value.find_member("Type")->key_location), "3:5");
  EXPECT_EQ(position(bucket->value.find("Type")->location()), "3:11");
  const Value* ref = doc.at("/Resources/Bucket/Properties/Name");
  EXPECT_EQ(position(ref->location()), "5:13");
  EXPECT_EQ(position(ref->members()[0].key_location), "5:13");
  EXPECT_EQ(position(ref->at("/Ref")->location()), "5:13");
  EXPECT_EQ(position(doc.at("/Resources/Bucket/Properties/Tags")->location()), "6:13");
  EXPECT_EQ(position(doc.at("/Resources/Bucket/Properties/Tags/0/Value")->location()), "6:30");
  EXPECT_EQ(position(doc.at("/Resources/Bucket/Properties/Tags/0/Value/Fn::GetAtt/1")->location()), "6:30");
}

TEST(YamlReader, ColumnsCountCharactersAfterMultibyteText) {
  const Value doc = parse_one("d: \"\xC3\xA9\xC3\xA9\" \nx: [\xC3\xA9, \xF0\x9F\x98\x80, !Ref Z]\n");
  EXPECT_EQ(position(doc.at("/x/1")->location()), "2:8");
  EXPECT_EQ(position(doc.at("/x/2")->location()), "2:11");
  EXPECT_EQ(dump(*doc.at("/x/1")), "\"\xF0\x9F\x98\x80\"");
}

TEST(YamlReader, BomAndCrlf) {
  const Value doc = parse_one("\xEF\xBB\xBF" "AWSTemplateFormatVersion: 2010-09-09\r\nA:\r\n  B: |\r\n    x\r\n    y\r\n  C: 'q'\r\n");
  EXPECT_EQ(dump(doc), R"({"AWSTemplateFormatVersion":"2010-09-09","A":{"B":"x
y
","C":"q"}})");
  EXPECT_EQ(position(doc.members()[0].key_location), "1:1");
  EXPECT_EQ(position(doc.at("/A/C")->location()), "6:6");
}

TEST(YamlReader, InvalidUtf8IsReplaced) {
  const Value doc = parse_one("a: \"x\xFFy\"\nb: \xC3(\n");
  EXPECT_EQ(dump(doc), "{\"a\":\"x\xEF\xBF\xBDy\",\"b\":\"\xEF\xBF\xBD(\"}");
}

TEST(YamlReader, EveryDocumentOfTheStream) {
  ParseResult r = read_yaml("a: 1\n---\nb: !Ref c\n---\n- x\n", 0);
  ASSERT_FALSE(r.error);
  ASSERT_EQ(r.documents.size(), 3u);
  EXPECT_EQ(dump(r.documents[0]), R"({"a":1})");
  EXPECT_EQ(dump(r.documents[1]), R"({"b":{"Ref":"c"}})");
  EXPECT_EQ(dump(r.documents[2]), R"(["x"])");
  EXPECT_EQ(r.documents[1].members()[0].key_location.line, 3u);
  EXPECT_TRUE(read_yaml("# only a comment\n", 0).documents.empty());
}

TEST(YamlReader, AnchorsAliasesAndMergeKeys) {
  const Value doc = parse_one(
      "base: &base {a: 1, b: !Ref X}\n"
      "copy: *base\n"
      "list: [&s one, *s]\n"
      "merged:\n"
      "  <<: *base\n"
      "  b: 2\n"
      "  c: 3\n"
      "two:\n"
      "  <<: [{x: 1}, {x: 2, y: 2}]\n"
      "quoted: {'<<': 1}\n"
      "tagged: &t !GetAtt A.B\n"
      "again: *t\n");
  EXPECT_EQ(dump(*doc.find("copy")), R"({"a":1,"b":{"Ref":"X"}})");
  EXPECT_EQ(dump(*doc.find("list")), R"(["one","one"])");
  EXPECT_EQ(dump(*doc.find("merged")), R"({"a":1,"b":2,"c":3})");
  EXPECT_EQ(dump(*doc.find("two")), R"({"x":1,"y":2})");
  EXPECT_EQ(dump(*doc.find("quoted")), R"({"<<":1})");
  EXPECT_EQ(dump(*doc.find("again")), R"({"Fn::GetAtt":["A","B"]})");
  // The alias itself is where it is used; what it copies keeps its own positions.
  EXPECT_EQ(position(doc.find("copy")->location()), "2:7");
  EXPECT_EQ(position(doc.at("/copy/a")->location()), "1:17");
}

TEST(YamlReader, DuplicateKeysKeepTheLast) {
  EXPECT_EQ(dump(parse_one("a: 1\nb: 2\na: 3\n")), R"({"a":3,"b":2})");
}

struct ErrorCase {
  std::string yaml;
  std::string position;
  std::string message;  // substring
};

class YamlErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(YamlErrors, PositionAndMessage) {
  const ErrorCase& c = GetParam();
  ParseResult r = read_yaml(c.yaml, 0);
  ASSERT_TRUE(r.error) << "accepted: " << c.yaml;
  EXPECT_TRUE(r.documents.empty());
  EXPECT_EQ(position({0, r.error->line, r.error->column}), c.position) << r.error->message;
  EXPECT_NE(r.error->message.find(c.message), std::string::npos) << r.error->message;
}

INSTANTIATE_TEST_SUITE_P(
    Table, YamlErrors,
    ::testing::Values(
        ErrorCase{"a: 1\nb: !Foo x\n", "2:4", "unknown tag !Foo"},
        ErrorCase{"a:\n  - !Bar [1]\n", "2:5", "unknown tag !Bar"},
        ErrorCase{"a: !<tag:example.com,2000:x> 1\n", "1:4", "unknown tag tag:example.com,2000:x"},
        ErrorCase{"a: !!bool maybe\n", "1:4", "not a boolean"},
        ErrorCase{"a: !!int x1\n", "1:4", "not a number"},
        ErrorCase{"a: [1, 2\nb: 3\n", "2:2", "end of sequence flow not found"},
        ErrorCase{"a: b\n  c: d\n", "2:4", "illegal map value"},
        ErrorCase{"a: \"x\\q\"\n", "1:8", "unknown escape character"},
        ErrorCase{"a: *nope\n", "1:4", "anchor is not defined"},
        ErrorCase{"? [a, b]\n: c\n", "1:3", "mapping key must be a scalar"},
        ErrorCase{"!Ref x: y\n", "1:1", "mapping key cannot carry the tag !Ref"},
        ErrorCase{std::string("a: \"x\0y\"\n", 9), "1:6", "not text: contains NUL bytes"},
        ErrorCase{"<<: 5\n", "1:1", "merge key"},
        ErrorCase{"metadata:\n  labels:\n    {{ include \"x\" . }}\n", "3:5", "unrendered Helm or Go template"},
        // Found by fuzzing: yaml-cpp 0.7 hands out empty documents here forever.
        ErrorCase{"{},", "1:3", "cannot read past this point"},
        ErrorCase{"a: 1\n---\n[x],\n", "3:4", "cannot read past this point"}));

TEST(YamlReader, AliasBombFailsFastWithSmallMemory) {
  // Ten times more values at each of nine levels: a billion strings from 400 bytes.
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  std::string prev = "a";
  for (int i = 1; i <= 9; ++i) {
    std::string name = "l";
    name += std::to_string(i);  // appends only: see load_test.cpp on GCC's -Wrestrict
    bomb.append(name).append(": &").append(name).append(" [");
    for (int j = 0; j < 10; ++j) bomb.append(j ? ", *" : "*").append(prev);
    bomb += "]\n";
    prev = name;
  }
  ParseResult r = read_yaml(bomb, 0);
  ASSERT_TRUE(r.error);
  EXPECT_NE(r.error->message.find("alias bomb"), std::string::npos) << r.error->message;
  EXPECT_GT(r.error->line, 3u);
}

TEST(YamlReader, RecursiveAliasIsAnError) {
  ParseResult r = read_yaml("a: &x [1, *x]\n", 0);
  ASSERT_TRUE(r.error);
  EXPECT_NE(r.error->message.find("recursive alias"), std::string::npos) << r.error->message;
}

TEST(YamlReader, AliasesCannotNestPastTheDepthLimit) {
  Limits limits;
  limits.max_depth = 6;
  ParseResult r = read_yaml("a: &a [[[[1]]]]\nb: [[*a]]\n", 0, limits);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(position({0, r.error->line, r.error->column}), "2:6");
  EXPECT_NE(r.error->message.find("deeper than 6"), std::string::npos) << r.error->message;
}

TEST(YamlReader, HundredThousandDeepNestingIsAnErrorNotACrash) {
  constexpr std::size_t kDeep = 100'000;
  const std::string flow_sequences = std::string(kDeep, '[') + std::string(kDeep, ']');
  std::string flow_mappings;
  std::string block_sequences;
  for (std::size_t i = 0; i < kDeep; ++i) {
    flow_mappings += "{a: ";
    block_sequences += "- ";
  }
  flow_mappings += "x" + std::string(kDeep, '}');
  block_sequences += "x";
  for (const std::string* text : std::vector<const std::string*>{&flow_sequences, &flow_mappings, &block_sequences}) {
    ParseResult r = read_yaml(*text, 0);
    ASSERT_TRUE(r.error);
    EXPECT_NE(r.error->message.find("nesting is"), std::string::npos) << r.error->message;
    EXPECT_EQ(r.error->line, 1u);
  }
  // Left open, the brackets are a syntax error instead; still no crash.
  EXPECT_TRUE(read_yaml(std::string(kDeep, '['), 0).error);
  EXPECT_TRUE(read_yaml(std::string(kDeep, '{'), 0).error);
  // Block mappings indented one step per level: 600 levels (a 180 kB file).
  std::string block_mappings;
  for (int i = 0; i < 600; ++i) block_mappings += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  ParseResult r = read_yaml(block_mappings, 0);
  ASSERT_TRUE(r.error);
  EXPECT_NE(r.error->message.find("nesting is"), std::string::npos) << r.error->message;
}

TEST(YamlReader, OurDepthLimitAppliesBelowTheParserOwn) {
  Limits limits;
  limits.max_depth = 3;
  EXPECT_FALSE(read_yaml("[[[1]]]", 0, limits).error);
  ParseResult r = read_yaml("[[[[1]]]]", 0, limits);
  ASSERT_TRUE(r.error);
  EXPECT_NE(r.error->message.find("nesting is deeper than 3 levels"), std::string::npos) << r.error->message;
  EXPECT_EQ(r.error->column, 4u);
}

}  // namespace
}  // namespace infralint::loaders
