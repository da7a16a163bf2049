// The streaming writer must produce exactly what nlohmann-json's dump(2) writes for
// the same tree: reports mix streamed parts with small trees, and snapshots pin bytes.
#include "json_writer.hpp"

#include <gtest/gtest.h>

namespace infralint::reporters::detail {
namespace {

std::string streamed(const Json& tree) {
  std::string out;
  JsonWriter(out).value(tree);
  return out;
}

std::string dumped(const Json& tree) { return tree.dump(2, ' ', false, Json::error_handler_t::replace); }

TEST(JsonWriter, MatchesNlohmannLayoutForNestedAndEmptyContainers) {
  const Json tree = {
      {"a", 1},
      {"empty_object", Json::object()},
      {"empty_array", Json::array()},
      {"nested", {{"list", {1, "two", nullptr, true, false, Json::object(), Json::array({Json::array()})}}}},
      {"float", 2.5},
      {"negative", -3},
  };
  EXPECT_EQ(streamed(tree), dumped(tree));
  EXPECT_EQ(streamed(Json::object()), "{}");
  EXPECT_EQ(streamed(Json::array({1})), "[\n  1\n]");
}

TEST(JsonWriter, EscapesLikeNlohmann) {
  std::string every_ascii;
  for (int c = 1; c < 0x80; ++c) every_ascii.push_back(static_cast<char>(c));
  const Json tree = {{"ascii", every_ascii}, {"key \"quoted\"\n", "caf\xc3\xa9 \xe2\x80\xae \xf0\x9f\x98\x80"}};
  EXPECT_EQ(streamed(tree), dumped(tree));
}

TEST(JsonWriter, ReplacesIllFormedUtf8) {
  std::string out;
  JsonWriter(out).string("ok \xff then \xe2\x80 end");
  EXPECT_EQ(out, "\"ok \xef\xbf\xbd then \xef\xbf\xbd end\"");
}

TEST(JsonWriter, StreamedMembersMatchTheTreeTheyDescribe) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().member("id", "S1").member("count", std::uint64_t{3});
  w.key("items").begin_array().string("x").null().boolean(true).end_array();
  w.key("tree").value(Json{{"k", "v"}});
  w.end_object();
  const Json same = {{"id", "S1"}, {"count", 3}, {"items", {"x", nullptr, true}}, {"tree", {{"k", "v"}}}};
  EXPECT_EQ(out, dumped(same));
}

}  // namespace
}  // namespace infralint::reporters::detail
