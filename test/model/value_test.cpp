#include "infralint/model/value.hpp"

#include <gtest/gtest.h>

#include "infralint/model/graph.hpp"

using namespace infralint::model;

namespace {
Value obj(std::initializer_list<std::pair<std::string, Value>> kv) {
  Value::Object members;
  for (auto& [k, v] : kv) members.push_back(Member{k, {}, v});
  return Value::object(std::move(members));
}
}  // namespace

TEST(Value, PointerWalksObjectsAndArraysWithEscapes) {
  Value doc = obj({{"a/b", obj({{"x~y", Value::array({Value::string("p"), Value::string("q")})}})}});
  ASSERT_NE(doc.at("/a~1b/x~0y/1"), nullptr);
  EXPECT_EQ(doc.at("/a~1b/x~0y/1")->as_string(), "q");
  EXPECT_EQ(doc.at("/a~1b/x~0y/2"), nullptr);
  EXPECT_EQ(doc.at("/missing"), nullptr);
  EXPECT_EQ(doc.at(""), &doc);
}

TEST(Value, NumbersAndFlagsReadTheWayCloudFormationDoes) {
  EXPECT_EQ(Value::string("30").as_number(), 30.0);
  EXPECT_EQ(Value::number("1.5").as_number(), 1.5);
  EXPECT_FALSE(Value::string("3O").as_number().has_value());
  EXPECT_EQ(Value::string("TRUE").as_flag(), true);
  EXPECT_EQ(Value::boolean(false).as_flag(), false);
  EXPECT_FALSE(Value::string("yes").as_flag().has_value());
}

TEST(Value, IntrinsicIsASingleMemberFunctionObject) {
  EXPECT_EQ(obj({{"Ref", Value::string("X")}}).intrinsic(), "Ref");
  EXPECT_EQ(obj({{"Fn::If", Value::array({})}}).intrinsic(), "Fn::If");
  EXPECT_EQ(obj({{"Ref", Value::string("X")}, {"Other", Value()}}).intrinsic(), "");
  EXPECT_EQ(obj({{"Key", Value::string("X")}}).intrinsic(), "");
}

TEST(Graph, LinksReferencesReferrersAndExports) {
  Graph graph;
  auto a = std::make_unique<Stack>();
  a->name = "A";
  a->root = obj({{"Outputs", obj({{"O", obj({{"Value", obj({{"Ref", Value::string("Bucket")}})},
                                             {"Export", obj({{"Name", Value::string("shared-bucket")}})}})}})}});
  Resource bucket;
  bucket.id = "Bucket";
  bucket.type = "AWS::S3::Bucket";
  Resource policy;
  policy.id = "Policy";
  policy.type = "AWS::S3::BucketPolicy";
  policy.references.push_back({Reference::Kind::Ref, "Bucket", nullptr, nullptr});
  policy.references.push_back({Reference::Kind::GetAtt, "Bucket", nullptr, nullptr});
  a->resources = {bucket, policy};
  auto b = std::make_unique<Stack>();
  b->name = "B";
  Resource importer;
  importer.id = "Importer";
  importer.type = "AWS::SNS::Topic";
  importer.references.push_back({Reference::Kind::ImportValue, "shared-bucket", nullptr, nullptr});
  b->resources = {importer};
  graph.add(std::move(a));
  graph.add(std::move(b));
  graph.link();

  const Resource* linked = graph.find_stack("A")->find("Bucket");
  ASSERT_NE(linked, nullptr);
  ASSERT_EQ(linked->referrers("AWS::S3::BucketPolicy").size(), 1u);  // two edges, one referrer
  EXPECT_EQ(linked->referrers().size(), 2u);
  EXPECT_EQ(graph.find_export("shared-bucket"), linked);
  EXPECT_EQ(graph.find_stack("B")->resources[0].references[0].target, linked);
  EXPECT_EQ(graph.resource_count(), 3u);
}

TEST(Resource, PointerOfFindsAValueInsideTheEntry) {
  Value entry = obj({{"Type", Value::string("T")}, {"Properties", obj({{"Tags", Value::array({Value::string("x")})}})}});
  Resource r;
  r.node = &entry;
  EXPECT_EQ(r.pointer_of(entry.at("/Properties/Tags/0")), "/Properties/Tags/0");
  Value other;
  EXPECT_EQ(r.pointer_of(&other), "");
}
