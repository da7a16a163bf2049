// Each pack entry runs over its rule's fixture folder; the outcomes must be exactly
// those listed in the folder's expected.txt (format: README.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <ostream>

#include "infralint/rules/catalog.hpp"
#include "outcome.hpp"

namespace infralint::model {
// Names a pack entry in gtest's messages instead of dumping its bytes.
inline void PrintTo(const PackEntry& entry, std::ostream* os) { *os << entry.public_id; }
}  // namespace infralint::model

namespace infralint::test {
namespace {

namespace fs = std::filesystem;

bool is_template(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".template";
}

class RuleFixture : public ::testing::TestWithParam<model::PackEntry> {};

TEST_P(RuleFixture, OutcomesMatchExpected) {
  const model::PackEntry& entry = GetParam();
  const fs::path folder = fixture_folder(entry.rule_id);
  ASSERT_TRUE(fs::is_directory(folder)) << "no fixture folder " << folder;

  std::vector<fs::path> files;
  for (const auto& item : fs::directory_iterator(folder))
    if (item.is_regular_file() && is_template(item.path())) files.push_back(item.path());
  std::sort(files.begin(), files.end());

  std::vector<std::string> actual, problems;
  for (const fs::path& file : files) run_fixture(entry, file, actual, problems);
  EXPECT_TRUE(problems.empty()) << "fixtures must load cleanly:\n" << ::testing::PrintToString(problems);

  // The rule's other pack entries do not count here: expected.txt is per public id.
  std::vector<std::string> expected;
  for (const std::string& line : read_expected(folder / "expected.txt"))
    if (line.find(" " + std::string(entry.public_id) + " ") != std::string::npos) expected.push_back(line);
  std::sort(expected.begin(), expected.end());
  std::sort(actual.begin(), actual.end());
  EXPECT_EQ(expected, actual) << "outcomes of " << entry.public_id << " over " << folder << ":\n"
                              << diff(expected, actual);

  // The folder's own promises: the compliant file passes, the noncompliant one fails.
  for (const std::string& line : actual)
    EXPECT_TRUE(!line.starts_with("compliant.") || line.ends_with(" not-applicable"))
        << "compliant fixture has a finding: " << line;
  EXPECT_TRUE(std::any_of(actual.begin(), actual.end(),
                          [](const std::string& l) { return l.starts_with("noncompliant.") && l.find(" violation") != std::string::npos; }))
      << "noncompliant fixture of " << entry.public_id << " yields no violation";
}

std::string test_name(const ::testing::TestParamInfo<model::PackEntry>& info) {
  std::string name(info.param.public_id);
  std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Packs, RuleFixture, ::testing::ValuesIn(rules::all_pack_entries().begin(), rules::all_pack_entries().end()),
                         test_name);

}  // namespace
}  // namespace infralint::test
