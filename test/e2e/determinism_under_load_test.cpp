// Determinism under load (issue 5): the same mixed input, scanned 20 times at each of
// --jobs 1, 2 and 8, writes byte-identical SARIF, JUnit, JSON and text every time.
// The input mixes what makes ordering hard: a CDK assembly with nested stacks and a
// Stage (parsed in rounds, linked across files), loose templates with findings,
// a file that does not parse (a diagnostic among the results) and a suppression.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "run.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kSource = INFRALINT_SOURCE_DIR;
constexpr int kRunsPerJobs = 20;

struct Reports {
  std::string text, sarif, junit, json;
};

void make_mixed_input(const fs::path& dir) {
  fs::copy(kSource / "corpus" / "cdk.out", dir / "cdk.out", fs::copy_options::recursive);
  fs::copy(kSource / "corpus" / "cloudformation", dir / "templates", fs::copy_options::recursive);
  fs::copy(fs::path(INFRALINT_TEST_DIR) / "fixtures" / "app", dir / "app", fs::copy_options::recursive);
  e2e::write_file(dir / "templates" / "broken.json", "{\"Resources\": {\"Bucket\": {\"Type\": \"AWS::S3::Bucket\",,}}}\n");
}

Reports scan(const fs::path& dir, const fs::path& out, const std::string& jobs) {
  e2e::Run run = e2e::infralint({"--jobs", jobs, "--packs", "all", "--sarif", (out / "r.sarif").string(), "--junit",
                                 (out / "r.xml").string(), "--json", (out / "r.json").string(), "."},
                                dir);
  // 2: the broken file is reported, and every other file still is.
  EXPECT_EQ(run.exit_code, 2) << run.err;
  return Reports{run.out, e2e::read_file(out / "r.sarif"), e2e::read_file(out / "r.xml"), e2e::read_file(out / "r.json")};
}

}  // namespace

TEST(DeterminismUnderLoad, TwentyScansAtJobs1And2And8GiveTheSameBytes) {
  e2e::TempDir input, out;
  make_mixed_input(input.path());
  const Reports first = scan(input.path(), out.path(), "1");
  // The input must really exercise the reports: findings from the assembly's nested
  // stacks, its Stage and the loose templates, and the broken file's diagnostic.
  ASSERT_NE(first.json.find("DemoServiceDatabase4255EA12.nested.template.json"), std::string::npos);
  ASSERT_NE(first.json.find("assembly-Audit/"), std::string::npos);
  ASSERT_NE(first.json.find("templates/document-intake.yaml"), std::string::npos);
  ASSERT_NE(first.sarif.find("templates/broken.json"), std::string::npos);
  ASSERT_NE(first.junit.find("<failure"), std::string::npos);

  for (const char* jobs : {"1", "2", "8"}) {
    for (int i = 0; i < kRunsPerJobs; ++i) {
      const Reports again = scan(input.path(), out.path(), jobs);
      // Stop at the first difference: one is enough to fail, sixty would drown it.
      ASSERT_EQ(again.sarif, first.sarif) << "SARIF differs, --jobs " << jobs << ", run " << i;
      ASSERT_EQ(again.junit, first.junit) << "JUnit differs, --jobs " << jobs << ", run " << i;
      ASSERT_EQ(again.json, first.json) << "JSON differs, --jobs " << jobs << ", run " << i;
      ASSERT_EQ(again.text, first.text) << "text differs, --jobs " << jobs << ", run " << i;
    }
  }
}
