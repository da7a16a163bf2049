#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "infralint/engine/suppress.hpp"

using namespace infralint;

namespace {

model::Finding finding(std::string fingerprint, bool suppressed = false) {
  model::Finding f;
  f.rule_id = "R";
  f.fingerprint = std::move(fingerprint);
  if (suppressed) f.suppression = model::Suppression{model::SuppressionSource::Config, "config says so"};
  return f;
}

class BaselineFile : public ::testing::Test {
 protected:
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("infralint-baseline-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".txt");
  void write(const std::string& text) { std::ofstream(path, std::ios::binary) << text; }
  void TearDown() override { std::filesystem::remove(path); }
};

}  // namespace

TEST_F(BaselineFile, RoundTripMarksExactlyTheFindingsWrittenBefore) {
  std::vector<model::Finding> before{finding("00000000000000bb"), finding("00000000000000aa"),
                                     finding("00000000000000aa"), finding("00000000000000cc", true)};
  const std::string text = engine::write_baseline(before);
  EXPECT_EQ(text.front(), '#');
  // Sorted, unique, and without the finding that was already suppressed.
  EXPECT_NE(text.find("00000000000000aa\n00000000000000bb\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("00000000000000cc"), std::string::npos);
  write(text);

  std::string error;
  std::optional<engine::Baseline> baseline = engine::read_baseline(path.string(), error);
  ASSERT_TRUE(baseline.has_value()) << error;
  EXPECT_EQ(baseline->fingerprints, (std::vector<std::string>{"00000000000000aa", "00000000000000bb"}));
  EXPECT_TRUE(baseline->contains("00000000000000bb"));
  EXPECT_FALSE(baseline->contains("00000000000000cc"));

  std::vector<model::Finding> after{finding("00000000000000aa"), finding("00000000000000dd"),
                                    finding("00000000000000bb", true)};
  engine::apply_baseline(*baseline, after);
  ASSERT_TRUE(after[0].suppression.has_value());
  EXPECT_EQ(after[0].suppression->source, model::SuppressionSource::Baseline);
  EXPECT_EQ(after[0].suppression->reason, "in baseline " + path.string());
  EXPECT_FALSE(after[1].suppression.has_value());  // new since the baseline
  EXPECT_EQ(after[2].suppression->source, model::SuppressionSource::Config);  // left as it was
}

TEST_F(BaselineFile, CommentsBlankLinesAndCrlfAreFine) {
  write("# header\r\n\r\n  0123456789abcdef  \r\n# 0000000000000000\n");
  std::string error;
  auto baseline = engine::read_baseline(path.string(), error);
  ASSERT_TRUE(baseline.has_value()) << error;
  EXPECT_EQ(baseline->fingerprints, (std::vector<std::string>{"0123456789abcdef"}));
}

TEST_F(BaselineFile, ALineThatIsNotAFingerprintIsAnErrorNamingTheLine) {
  write("# header\n0123456789abcdef\n0123456789ABCDEF\n");
  std::string error;
  EXPECT_FALSE(engine::read_baseline(path.string(), error).has_value());
  EXPECT_NE(error.find("line 3"), std::string::npos) << error;
}

TEST_F(BaselineFile, AMissingFileIsAnError) {
  std::string error;
  EXPECT_FALSE(engine::read_baseline((path.string() + ".missing"), error).has_value());
  EXPECT_FALSE(error.empty());
}
