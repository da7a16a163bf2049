// Bad input gets a diagnostic naming the file (and line when there is one), the
// scan of every other file goes on, and nothing crashes, hangs or balloons.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <string>

#include "run.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kGood = fs::path(INFRALINT_TEST_DIR) / "fixtures" / "app" / "bucket.yaml";
constexpr long kMemoryCeilingKb = 600 * 1024;  // "a few hundred MB"

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Scans a folder holding the good template plus one bad file made by `make_bad`,
// and checks the contract: exit 2, the bad file named, the good file still judged.
void expect_reported_and_isolated(const std::string& bad_name, const std::function<void(const fs::path&)>& make_bad,
                                  const std::string& expected_message = "") {
  e2e::TempDir dir;
  fs::copy(kGood, dir.path() / "good.yaml");
  make_bad(dir.path() / bad_name);
  e2e::Run run = e2e::infralint({"--rule", "AwsSolutions-S1", "."}, dir.path(), 120);
  EXPECT_EQ(run.exit_code, 2) << bad_name << "\n" << run.err;
  EXPECT_TRUE(contains(run.err, bad_name)) << "diagnostic should name " << bad_name << ":\n" << run.err;
  if (!expected_message.empty()) {
    EXPECT_TRUE(contains(run.err, expected_message)) << run.err;
  }
  EXPECT_TRUE(contains(run.out, "good.yaml:10:5: error[AwsSolutions-S1]"))
      << "the good file must still be scanned next to " << bad_name << ":\n" << run.out;
  EXPECT_LT(run.peak_rss_kb, kMemoryCeilingKb * e2e::kMemoryFactor) << bad_name;
}

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST(BadInput, ZeroByteFile) {
  expect_reported_and_isolated("empty.json", [](const fs::path& p) { e2e::write_file(p, ""); }, "empty");
}

TEST(BadInput, InvalidJsonNamesLineAndColumn) {
  expect_reported_and_isolated(
      "broken.json", [](const fs::path& p) { e2e::write_file(p, "{\n  \"Resources\": {\n    \"A\": [1, 2,,]\n  }\n}\n"); },
      "broken.json:3:");
}

TEST(BadInput, InvalidYamlNamesLineAndColumn) {
  expect_reported_and_isolated(
      "broken.yaml",
      [](const fs::path& p) { e2e::write_file(p, "Resources:\n  A:\n    Type: [unclosed\n  B: {\n"); },
      "broken.yaml:");
}

TEST(BadInput, BinaryFileNamedJson) {
  expect_reported_and_isolated("blob.json", [](const fs::path& p) {
    std::string bytes;
    for (int i = 0; i < 4096; ++i) bytes += static_cast<char>((i * 131 + 7) % 256);
    e2e::write_file(p, bytes);
  });
}

TEST(BadInput, HundredThousandDeepJsonNesting) {
  expect_reported_and_isolated("deep.json", [](const fs::path& p) {
    e2e::write_file(p, "{\"Resources\": " + repeat("[", 100000) + repeat("]", 100000) + "}");
  });
}

TEST(BadInput, HundredThousandDeepYamlNesting) {
  expect_reported_and_isolated("deep.yaml", [](const fs::path& p) {
    e2e::write_file(p, "Resources: " + repeat("[", 100000) + repeat("]", 100000) + "\n");
  });
}

TEST(BadInput, YamlAliasBomb) {
  expect_reported_and_isolated("bomb.yaml", [](const fs::path& p) {
    std::string text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    char prev = 'a';
    for (char c = 'b'; c <= 'k'; ++c, ++prev)
      text += std::string(1, c) + ": &" + c + " [" + repeat(std::string("*") + prev + ",", 9) + "*" + prev + "]\n";
    text += "Resources:\n  X:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: *k\n";
    e2e::write_file(p, text);
  });
}

TEST(BadInput, SymlinkLoopInsideTheScannedFolder) {
  e2e::TempDir dir;
  fs::copy(kGood, dir.path() / "good.yaml");
  fs::create_directories(dir.path() / "a" / "b");
  fs::create_directory_symlink("../..", dir.path() / "a" / "b" / "loop");
  fs::create_symlink("self", dir.path() / "self");  // a link to itself
  e2e::Run run = e2e::infralint({"--rule", "AwsSolutions-S1", "."}, dir.path(), 60);
  EXPECT_NE(run.exit_code, 124) << "hung on a symlink loop";
  EXPECT_LT(run.exit_code, 3) << run.err;
  EXPECT_TRUE(contains(run.out, "good.yaml:10:5: error[AwsSolutions-S1]")) << run.out;
  // The template is judged once, not once per path the loop offers.
  EXPECT_EQ(run.out.find("error[AwsSolutions-S1]"), run.out.rfind("error[AwsSolutions-S1]")) << run.out;
}

TEST(BadInput, UnreadableFile) {
  if (geteuid() == 0) GTEST_SKIP() << "running as root: chmod 000 does not stop root from reading";
  expect_reported_and_isolated("secret.json", [](const fs::path& p) {
    e2e::write_file(p, "{\"Resources\": {}}");
    chmod(p.c_str(), 0);
  });
}

TEST(BadInput, FiftyMegabyteTemplateLoadsWithinBounds) {
  e2e::TempDir dir;
  std::string text = "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\n";
  const std::size_t target = 50u << 20;
  for (std::size_t i = 0; text.size() < target; ++i) {
    text += "\"Bucket" + std::to_string(i) +
            "\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"BucketName\": \"bucket-" + std::to_string(i) +
            "\", \"Tags\": [{\"Key\": \"team\", \"Value\": \"platform\"}, {\"Key\": \"cost-centre\", \"Value\": "
            "\"1234\"}]}},\n";
  }
  text += "\"Last\": {\"Type\": \"AWS::SNS::Topic\"}}}\n";
  e2e::write_file(dir.path() / "huge.json", text);
  // One rule that fires once (on the topic at the end), so the figure is the cost of
  // loading and judging 50 MB, not of reporting a quarter of a million findings.
  e2e::Run run = e2e::infralint({"--rule", "AwsSolutions-SNS3", "-f", "json", "-o", "out.json", "huge.json"},
                                dir.path(), 300);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(e2e::read_file(dir.path() / "out.json").find("\"resourceId\": \"Last\""), std::string::npos);
  EXPECT_LT(run.peak_rss_kb, (4 * 50 * 1024 + 600 * 1024) * e2e::kMemoryFactor) << "peak RSS " << run.peak_rss_kb << " kB";
}

TEST(BadInput, FifoIsSkippedNotOpened) {
  e2e::TempDir dir;
  fs::copy(kGood, dir.path() / "good.yaml");
  ASSERT_EQ(mkfifo((dir.path() / "pipe.json").c_str(), 0644), 0);
  e2e::Run run = e2e::infralint({"--rule", "AwsSolutions-S1", "."}, dir.path(), 30);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(contains(run.out, "good.yaml:10:5: error[AwsSolutions-S1]")) << run.out;
}
