#include "aws/common/js_values.hpp"

#include <gtest/gtest.h>

#include "aws/common/cannot_validate.hpp"
#include "aws/common/nag_rules.hpp"
#include "helpers/json_value.hpp"

namespace infralint::rules::aws {
namespace {

using model::Value;
using test::json;

TEST(JsValues, LooseEqualityCoercesLikeJavaScript) {
  const Value zero_text = json(R"("0")"), false_text = json(R"("false")"), null_value = json("null");
  const Value port_text = json(R"(" 3306 ")"), port = json("3306"), no = json("false");
  EXPECT_TRUE(js::loose_equals(&zero_text, false));
  EXPECT_FALSE(js::loose_equals(&false_text, false));  // "false" is NaN as a number
  EXPECT_FALSE(js::loose_equals(&null_value, false));
  EXPECT_FALSE(js::loose_equals(nullptr, false));
  EXPECT_TRUE(js::loose_equals(&no, false));
  EXPECT_TRUE(js::loose_equals(&port_text, 3306.0));
  EXPECT_TRUE(js::loose_equals(&port, 3306.0));
  const Value list = json(R"(["SYMMETRIC_DEFAULT"])"), intrinsic = json(R"({"Ref": "Spec"})");
  EXPECT_TRUE(js::loose_equals(&list, std::string_view("SYMMETRIC_DEFAULT")));
  EXPECT_FALSE(js::loose_equals(&intrinsic, std::string_view("SYMMETRIC_DEFAULT")));
}

TEST(JsValues, TruthinessAndStrictEquality) {
  const Value empty = json(R"("")"), false_text = json(R"("false")"), zero = json("0.0"), object = json("{}");
  EXPECT_FALSE(js::truthy(&empty));
  EXPECT_TRUE(js::truthy(&false_text));
  EXPECT_FALSE(js::truthy(&zero));
  EXPECT_TRUE(js::truthy(&object));
  const Value true_text = json(R"("true")"), yes = json("true");
  EXPECT_FALSE(js::is_true(&true_text));
  EXPECT_TRUE(js::is_true(&yes));
  EXPECT_TRUE(js::strict_equals(static_cast<const Value*>(nullptr), static_cast<const Value*>(nullptr)));
  EXPECT_FALSE(js::strict_equals(&true_text, &yes));
}

TEST(JsValues, PropertyReadsThrowOnNullAndUndefinedOnly) {
  const Value null_value = json("null"), text = json(R"("abc")"), object = json(R"({"Effect": "Allow"})");
  EXPECT_THROW(js::get(&null_value, "Effect"), CannotValidate);
  EXPECT_THROW(js::get(nullptr, "Effect"), CannotValidate);
  EXPECT_EQ(js::get(&text, "Effect"), nullptr);
  EXPECT_EQ(js::get_optional(nullptr, "Effect"), nullptr);
  ASSERT_NE(js::get(&object, "Effect"), nullptr);
}

TEST(JsValues, ForOfWalksListsAndStringCharactersAndRejectsTheRest) {
  const Value list = json(R"(["a", "b"])"), text = json(R"("hé")"), object = json(R"({"Fn::If": []})");
  EXPECT_EQ(js::Elements(&list).size(), 2u);
  std::vector<std::string> characters;
  for (const Value* c : js::Elements(&text)) characters.emplace_back(c->as_string());
  EXPECT_EQ(characters, (std::vector<std::string>{"h", "é"}));
  EXPECT_THROW(js::Elements{&object}, CannotValidate);
  EXPECT_THROW(js::Elements{nullptr}, CannotValidate);
}

TEST(JsValues, IncludesWorksOnStringsAndListsOnly) {
  const Value text = json(R"("s3:*")"), list = json(R"([["*"], "*"])"), number = json("5");
  EXPECT_TRUE(js::includes(&text, "*"));
  EXPECT_TRUE(js::includes(&list, "*"));
  EXPECT_THROW(js::includes(&number, "*"), CannotValidate);
  EXPECT_THROW(js::includes(nullptr, "*"), CannotValidate);
}

TEST(NagRules, ResolveIfPrimitiveRejectsIntrinsics) {
  const Value intrinsic = json(R"({"Fn::If": ["C", true, false]})"), flag = json("true");
  EXPECT_THROW(resolve_if_primitive(&intrinsic, "Encrypted"), CannotValidate);
  EXPECT_EQ(resolve_if_primitive(&flag, "Encrypted"), &flag);
  EXPECT_EQ(resolve_if_primitive(nullptr, "Encrypted"), nullptr);
}

TEST(NagRules, ReferentNamesTheReferencedLogicalId) {
  const Value ref = json(R"({"Ref": "Queue"})"), get_att = json(R"({"Fn::GetAtt": ["Queue", "Arn"]})");
  const Value get_att_text = json(R"({"Fn::GetAtt": "Queue.Arn"})"), join = json(R"({"Fn::Join": ["", []]})");
  const Value name = json(R"("my-queue")");
  EXPECT_TRUE(Referent::of(&ref).is("Queue"));
  EXPECT_TRUE(Referent::of(&get_att).is("Queue"));
  // Only the list form names a resource; the string form stays the object it is.
  EXPECT_FALSE(Referent::of(&get_att_text).text());
  EXPECT_TRUE(Referent::of(&name).is("my-queue"));
  EXPECT_FALSE(Referent::of(&join).text());
  EXPECT_EQ(Referent::of(&join).to_string(), "[object Object]");
  EXPECT_EQ(Referent::of(nullptr).to_string(), "undefined");
  EXPECT_TRUE(Referent::of(nullptr).same_as(nullptr));  // undefined === undefined
  EXPECT_THROW(Referent::of(&join).ends_with("x"), CannotValidate);
}

}  // namespace
}  // namespace infralint::rules::aws
