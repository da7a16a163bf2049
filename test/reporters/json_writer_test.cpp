// The streaming writer must produce exactly what nlohmann-json's dump(2) writes for
// the same tree: reports mix streamed parts with small trees, and snapshots pin bytes.
#include "json_writer.hpp"

#include <gtest/gtest.h>

namespace infralint::reporters::detail {
namespace {

std::string streamed(const Json& tree) { return JsonWriter(1).value(tree).take(); }

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

TEST(JsonWriter, EscapesAtEveryOffsetOfTheWordAtATimeScan) {
  for (const std::string& special : std::vector<std::string>{"\"", "\\", "\n", std::string(1, 1), "\x1f", "\xc3\xa9", "\x7f"}) {
    for (std::size_t before = 0; before < 20; ++before) {
      const std::string text = std::string(before, 'a') + special + std::string(19 - before, 'b');
      EXPECT_EQ(streamed(Json(text)), dumped(Json(text))) << "offset " << before;
    }
  }
}

TEST(JsonWriter, ReplacesIllFormedUtf8) {
  EXPECT_EQ(JsonWriter().string("ok \xff then \xe2\x80 end").take(), "\"ok \xef\xbf\xbd then \xef\xbf\xbd end\"");
}

TEST(JsonWriter, StreamedMembersMatchTheTreeTheyDescribe) {
  JsonWriter w;
  w.begin_object().member("id", "S1").member("count", std::uint64_t{3});
  w.key("items").begin_array().string("x").null().boolean(true).end_array();
  w.key("tree").value(Json{{"k", "v"}});
  w.end_object();
  const std::string out = w.take();
  const Json same = {{"id", "S1"}, {"count", 3}, {"items", {"x", nullptr, true}}, {"tree", {{"k", "v"}}}};
  EXPECT_EQ(out, dumped(same));
}

}  // namespace
}  // namespace infralint::reporters::detail
