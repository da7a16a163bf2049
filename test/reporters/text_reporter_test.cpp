#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "infralint/reporters/reporters.hpp"
#include "sample_input.hpp"
#include "test_support.hpp"

namespace infralint::reporters {
namespace {

using testing::lines_of;
using testing::occurrences;

TEST(TextReporter, NoLineStartsWithAWorkflowCommandOrWhitespace) {
  for (const bool color : {false, true}) {
    const std::string text = write_text(testing::sample().input(), TextOptions{.color = color});
    for (const std::string& line : lines_of(text)) {
      EXPECT_FALSE(line.starts_with("::")) << line;
      EXPECT_FALSE(line.starts_with(" ")) << line;
    }
    EXPECT_EQ(text.find('\r'), std::string::npos);
  }
}

TEST(TextReporter, PlainOutputHasNoEscapeByteAndShowsHostileOnesVisibly) {
  const std::string text = write_text(testing::sample().input(), {});
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  EXPECT_NE(text.find("Evil\\x1b[31mBucket"), std::string::npos);
  EXPECT_NE(text.find("cleared\\n::error file=x,line=1::pwned"), std::string::npos);
  EXPECT_NE(text.find("\\xff\\xfe{Fn::ImportValue} \\xc3( \\u202eexe.txt\\u202c\\ttab"), std::string::npos);
}

TEST(TextReporter, ColourOutputOnlyCarriesOurOwnSgrSequences) {
  const std::string text = write_text(testing::sample().input(), TextOptions{.color = true});
  EXPECT_GT(occurrences(text, "\x1b["), 0u);
  // Every ESC starts a complete SGR sequence of ours; the input's "\x1b[2J" (clear
  // screen) and "\x1b[31m" must only appear escaped.
  const std::regex sgr("\x1b\\[(0|1|1;3[136])m");
  const std::string stripped = std::regex_replace(text, sgr, "");
  EXPECT_EQ(stripped.find('\x1b'), std::string::npos);
  EXPECT_EQ(stripped, write_text(testing::sample().input(), {}));
}

TEST(TextReporter, FindingLinesAreCompilerStyle) {
  const std::vector<std::string> lines = lines_of(write_text(testing::sample().input(), {}));
  EXPECT_NE(std::find(lines.begin(), lines.end(),
                      "cdk.out/App.template.json:12:7: error[AwsSolutions-S1] App/Bucket83908E77 (AWS::S3::Bucket): "
                      "The S3 bucket does not record server access logs."),
            lines.end());
  EXPECT_NE(std::find(lines.begin(), lines.end(),
                      "cdk.out/App.template.json:40:11: error[AwsSolutions-IAM5] App/RolePolicy (AWS::IAM::Policy): "
                      "The IAM policy grants a wildcard permission: Action s3:*. [Action::s3:*]"),
            lines.end());
}

TEST(TextReporter, UndecidedFindingsAreMarked) {
  const std::string text = write_text(testing::sample().input(), {});
  EXPECT_NE(text.find("warning[HIPAA.Security-S3BucketVersioningEnabled] evil/Evil\\x1b[31mBucket (AWS::S3::Bucket): "
                      "could not evaluate: VersioningConfiguration"),
            std::string::npos);
  EXPECT_NE(text.find("cdk.out/App.template.json: note[Serverless-LambdaTracing] App/Handler886CB40B "
                      "(AWS::Lambda::Function): evaluation error: the rule failed"),
            std::string::npos);
  EXPECT_NE(text.find("undecided: 1 could not be evaluated, 1 evaluation error\n"), std::string::npos);
}

TEST(TextReporter, SuppressedFindingsAreCountedNotListed) {
  const std::string text = write_text(testing::sample().input(), {});
  EXPECT_EQ(text.find("Resource::arn:aws:s3:::logs/*"), std::string::npos);
  EXPECT_EQ(text.find("donn\u00e9es.json:"), std::string::npos);
  EXPECT_NE(text.find("suppressed: 2 (baseline 1, cdk_nag-metadata 1)\n"), std::string::npos);
  EXPECT_NE(text.find("findings: 6 (4 errors, 1 warning, 1 note)\n"), std::string::npos);
  EXPECT_NE(text.find("by pack: AwsSolutions 4, HIPAA.Security 1, Serverless 1\n"), std::string::npos);
}

TEST(TextReporter, FilesAreSeparatedByABlankLine) {
  const std::vector<std::string> lines = lines_of(write_text(testing::sample().input(), {}));
  const auto first_other = std::find_if(lines.begin(), lines.end(),
                                        [](const std::string& l) { return l.starts_with("templates/my app #1/"); });
  ASSERT_NE(first_other, lines.end());
  ASSERT_NE(first_other, lines.begin());
  EXPECT_EQ(*(first_other - 1), "");
  EXPECT_TRUE((first_other - 2)->starts_with("cdk.out/App.template.json:"));
}

TEST(TextReporter, InputOrderDoesNotMatter) {
  testing::Sample shuffled = testing::sample();
  std::reverse(shuffled.findings.begin(), shuffled.findings.end());
  EXPECT_EQ(write_text(shuffled.input(), {}), write_text(testing::sample().input(), {}));
}

TEST(TextReporter, DiagnosticsAreOneLineEach) {
  const std::string text = write_text(testing::sample().input(), {});
  EXPECT_NE(text.find("diagnostics: 3\n"
                      "./::error file=broken.json::x.json: error: not a JSON document\\n::error::forged diagnostic\n"
                      "templates/broken.yaml:3:1: error: expected a mapping value <here>\n"
                      "templates/notes.txt.json: warning: not a CloudFormation template; skipped\n"),
            std::string::npos);
}

TEST(TextReporter, TimingsOnlyWhenMeasured) {
  EXPECT_EQ(write_text(testing::sample().input(), {}).find("timings"), std::string::npos);
  EXPECT_NE(write_text(testing::timed_sample().input(), {})
                .find("timings: discover 1.2 ms, parse 10.5 ms, graph 2.0 ms, evaluate 30.1 ms, report 0.5 ms, "
                      "total 44.4 ms\n"),
            std::string::npos);
}

TEST(TextReporter, AMeasuredTotalIsShownOnceAndWinsOverTheSum) {
  testing::Sample timed = testing::timed_sample();
  timed.summary.timings.push_back({"total", 60.0});  // the CLI's wall clock: more than the phases
  const std::string text = write_text(timed.input(), {});
  EXPECT_NE(text.find("report 0.5 ms, total 60.0 ms\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("total 44.4"), std::string::npos);
}

TEST(TextReporter, ACleanScanSaysSo) {
  const std::string text = write_text(testing::clean_sample().input(), {});
  EXPECT_TRUE(text.starts_with("scanned: 1 file, 1 stack, 1 resource, 1 rule run\nfindings: 0 (0 errors"));
}

}  // namespace
}  // namespace infralint::reporters
