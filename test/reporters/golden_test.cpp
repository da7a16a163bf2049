// Golden files: each reporter's bytes for the fixed sample, compared exactly.
// INFRALINT_UPDATE_SNAPSHOTS=1 rewrites them; the diff is the review.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include "infralint/reporters/reporters.hpp"
#include "sample_input.hpp"

namespace infralint::reporters {
namespace {

using testing::Sample;

std::filesystem::path golden_path(const std::string& name) {
  return std::filesystem::path(INFRALINT_TEST_DIR) / "golden" / name;
}

bool updating() {
  const char* flag = std::getenv("INFRALINT_UPDATE_SNAPSHOTS");
  return flag != nullptr && std::string(flag) == "1";
}

struct Golden {
  std::string file;
  std::function<std::string()> render;
};

std::ostream& operator<<(std::ostream& os, const Golden& golden) { return os << golden.file; }

SarifOptions sarif_with_suppressed() {
  SarifOptions options;
  options.category = "infralint/cdk";
  options.include_suppressed = true;
  return options;
}

const Golden kGoldens[] = {
    {"report.txt", [] { return write_text(testing::sample().input(), {}); }},
    {"report-color.txt", [] { return write_text(testing::sample().input(), TextOptions{.color = true}); }},
    {"report-timings.txt", [] { return write_text(testing::timed_sample().input(), {}); }},
    {"report.sarif", [] { return write_sarif(testing::sample().input(), {}); }},
    {"report-suppressed.sarif", [] { return write_sarif(testing::sample().input(), sarif_with_suppressed()); }},
    {"report.junit.xml", [] { return write_junit(testing::sample().input()); }},
    {"report-findings-only.junit.xml", [] { return write_junit(testing::sample().input(false)); }},
    {"report-timings.junit.xml", [] { return write_junit(testing::timed_sample().input()); }},
    {"report.json", [] { return write_json(testing::sample().input()); }},
    {"report-timings.json", [] { return write_json(testing::timed_sample().input()); }},
    {"report.nag.csv", [] { return write_nag_csv(testing::sample().input()); }},
    {"clean.txt", [] { return write_text(testing::clean_sample().input(), {}); }},
    {"clean.sarif", [] { return write_sarif(testing::clean_sample().input(), {}); }},
    {"clean.junit.xml", [] { return write_junit(testing::clean_sample().input()); }},
    {"clean.json", [] { return write_json(testing::clean_sample().input()); }},
};

class GoldenTest : public ::testing::TestWithParam<Golden> {};

TEST_P(GoldenTest, MatchesTheCommittedFileByteForByte) {
  const Golden& golden = GetParam();
  const std::string actual = golden.render();
  const std::filesystem::path path = golden_path(golden.file);
  if (updating()) {
    std::ofstream(path, std::ios::binary) << actual;
    GTEST_SKIP() << "rewrote " << path;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << path << " is missing; run with INFRALINT_UPDATE_SNAPSHOTS=1 to create it";
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(expected.str(), actual) << "rerun with INFRALINT_UPDATE_SNAPSHOTS=1 and review the diff of " << path;
}

TEST_P(GoldenTest, SameInputGivesSameBytes) {
  const Golden& golden = GetParam();
  EXPECT_EQ(golden.render(), golden.render());
}

INSTANTIATE_TEST_SUITE_P(Reporters, GoldenTest, ::testing::ValuesIn(kGoldens),
                         [](const ::testing::TestParamInfo<Golden>& param_info) {
                           std::string name;
                           for (const char c : param_info.param.file)
                             name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

}  // namespace
}  // namespace infralint::reporters
