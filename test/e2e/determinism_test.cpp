// The same input gives byte-identical reports for any --jobs.
#include <gtest/gtest.h>

#include <filesystem>

#include "run.hpp"

namespace fs = std::filesystem;

namespace {

// Many stacks of many resources, so work really is split across threads.
void write_many_stacks(const fs::path& dir) {
  for (int s = 0; s < 12; ++s) {
    std::string t = "{\"Resources\": {\n";
    for (int r = 0; r < 150; ++r) {
      if (r) t += ",\n";
      const std::string id = "R" + std::to_string(r);
      switch (r % 5) {
        case 0: t += "\"" + id + "\": {\"Type\": \"AWS::S3::Bucket\"}"; break;
        case 1: t += "\"" + id + "\": {\"Type\": \"AWS::SQS::Queue\"}"; break;
        case 2: t += "\"" + id + "\": {\"Type\": \"AWS::SNS::Topic\"}"; break;
        case 3:
          t += "\"" + id +
               "\": {\"Type\": \"AWS::IAM::Policy\", \"Properties\": {\"PolicyName\": \"p\", \"Roles\": [\"r\"], "
               "\"PolicyDocument\": {\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
               "\"Action\": [\"s3:*\", \"sqs:SendMessage\"], \"Resource\": \"*\"}]}}}";
          break;
        default: t += "\"" + id + "\": {\"Type\": \"AWS::DynamoDB::Table\", \"Properties\": {}}"; break;
      }
    }
    t += "\n}}\n";
    e2e::write_file(dir / ("stack" + std::to_string(s) + ".json"), t);
  }
}

}  // namespace

TEST(Determinism, ReportsAreByteIdenticalForAnyJobs) {
  e2e::TempDir dir;
  write_many_stacks(dir.path());
  for (const char* format : {"text", "json", "sarif", "junit"}) {
    e2e::Run one = e2e::infralint({"-f", format, "--jobs", "1", "--packs", "all", "."}, dir.path());
    e2e::Run two = e2e::infralint({"-f", format, "--jobs", "2", "--packs", "all", "."}, dir.path());
    e2e::Run many = e2e::infralint({"-f", format, "--packs", "all", "."}, dir.path());
    ASSERT_EQ(one.exit_code, 1) << one.err;
    EXPECT_FALSE(one.out.empty());
    EXPECT_EQ(one.out, two.out) << format;
    EXPECT_EQ(one.out, many.out) << format;
  }
}
