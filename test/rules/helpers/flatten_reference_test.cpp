#include "aws/common/flatten_reference.hpp"

#include <gtest/gtest.h>

#include "aws/common/cannot_validate.hpp"
#include "helpers/json_value.hpp"

namespace infralint::rules::aws {
namespace {

using test::json;

std::string flat(std::string_view text) {
  const model::Value v = json(text);
  return flatten_reference(&v);
}

TEST(FlattenReference, AbsentValueIsEmpty) { EXPECT_EQ(flatten_reference(nullptr), ""); }

TEST(FlattenReference, GetAttBecomesAngleBracketedResourceDotAttribute) {
  EXPECT_EQ(flat(R"({"Fn::GetAtt": ["Bucket83908E77", "Arn"]})"), "<Bucket83908E77.Arn>");
  // cdk-nag destructures the string form into its first two characters.
  EXPECT_EQ(flat(R"({"Fn::GetAtt": "Db.Endpoint.Address"})"), "<D.b>");
  EXPECT_EQ(flat(R"({"Fn::GetAtt": "D"})"), "<D.>");
  EXPECT_EQ(flat(R"({"Fn::GetAtt": ["OnlyResource"]})"), "<OnlyResource.>");
}

TEST(FlattenReference, RefAndSubVariablesBecomeAngleBrackets) {
  EXPECT_EQ(flat(R"({"Ref": "AWS::Partition"})"), "<AWS::Partition>");
  EXPECT_EQ(flat(R"({"Fn::Sub": "arn:${AWS::Partition}:s3:::${Bucket}/*"})"), "arn:<AWS::Partition>:s3:::<Bucket>/*");
  EXPECT_EQ(flat(R"("a}b${c")"), "a>b<c");
}

TEST(FlattenReference, JoinFlattensEveryPartWithTheDelimiter) {
  EXPECT_EQ(flat(R"({"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/ReadOnlyAccess"]]})"),
            "arn:<AWS::Partition>:iam::aws:policy/ReadOnlyAccess");
  EXPECT_EQ(flat(R"({"Fn::Join": ["", [{"Fn::GetAtt": ["B", "Arn"]}, "/*"]]})"), "<B.Arn>/*");
  EXPECT_EQ(flat(R"({"Fn::Join": ["/", ["a", {"Fn::Join": ["-", ["b", "c"]]}]]})"), "a/b-c");
  // Array.prototype.join with an undefined separator uses a comma.
  EXPECT_EQ(flat(R"({"Fn::Join": [null, ["a", "b"]]})"), "anullb");
}

TEST(FlattenReference, ImportValueFlattensItsName) {
  EXPECT_EQ(flat(R"({"Fn::ImportValue": {"Fn::Sub": "${Env}-BucketArn"}})"), "<Env>-BucketArn");
}

TEST(FlattenReference, OtherValuesAreJsonStringified) {
  EXPECT_EQ(flat(R"({"Fn::If": ["IsProd", "*", {"Ref": "AWS::NoValue"}]})"),
            R"({"Fn::If":["IsProd","*",{"Ref":"AWS::NoValue"}]})");
  EXPECT_EQ(flat(R"({"Fn::Sub": ["${X}", {"X": "y"}]})"), R"(["${X}",{"X":"y"}])");
  EXPECT_EQ(flat("5"), "5");
  EXPECT_EQ(flat("true"), "true");
  // A falsy intrinsic argument is not recognised as that intrinsic.
  EXPECT_EQ(flat(R"({"Ref": ""})"), R"({"Ref":""})");
}

TEST(FlattenReference, ThrowsWhereCdkNagThrows) {
  EXPECT_THROW(flat("null"), CannotValidate);
  EXPECT_THROW(flat(R"({"Fn::Join": ["", {"Ref": "ListParam"}]})"), CannotValidate);
  EXPECT_THROW(flat(R"({"Fn::Join": {"a": 1}})"), CannotValidate);
  EXPECT_THROW(flat(R"({"Fn::GetAtt": {"a": 1}})"), CannotValidate);
}

}  // namespace
}  // namespace infralint::rules::aws
