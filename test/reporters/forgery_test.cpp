// Output that input cannot forge (issue 5), checked as properties over many random
// hostile strings rather than a few hand-picked ones: every string field of every
// finding and diagnostic is built from fragments that break naive output (line
// breaks, ANSI and OSC sequences, GitHub workflow commands, XML and CSV syntax,
// invalid UTF-8, C1 controls, bidi overrides, spreadsheet formulas), and each
// reporter must still produce a document whose structure the input did not change.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "infralint/reporters/reporters.hpp"
#include "utf8.hpp"

namespace infralint::reporters {
namespace {

using model::Finding;
using model::Verdict;
using Json = nlohmann::json;

constexpr std::string_view kFragments[] = {
    "\n", "\r", "\r\n", "\t", "\x1b[31m", "\x1b[2J", "\x1b]0;title\x07", "\x1b]8;;http://x\x1b\\", "\x07", "\x7f",
    std::string_view("\0", 1), "::error file=x.yaml,line=1::forged", "::add-mask::secret", "\n::warning::w",
    "x.yaml:1:1: error[AwsSolutions-S1] fake", "<", ">", "&", "&amp;", "\"", "'", "]]>", "<failure message=\"x\"/>",
    "</testcase>", ",", "\"\",\"", "=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\xff", "\xfe", "\xc3\x28",
    "\xe2\x82", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc2\x85", "\xc2\x9b", "\xe2\x80\xa8", "\xe2\x80\xa9",
    "\xe2\x80\xae", "\xe2\x81\xa6", "\xef\xbf\xbe", "\xef\xbb\xbf", "%", "%2F", "../", "/", " ", "#", "?", "\\",
    "donn\xc3\xa9" "es", "\xf0\x9f\x98\x80", "plain", "Bucket",
};

// A string of 1 to 6 random fragments.
std::string hostile(std::mt19937& rng) {
  std::uniform_int_distribution<std::size_t> count(1, 6);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(kFragments) - 1);
  std::string out;
  for (std::size_t i = count(rng); i > 0; --i) out += kFragments[pick(rng)];
  return out;
}

struct Scan {
  std::vector<Finding> findings;
  std::vector<model::RuleInfo> rules;
  std::vector<Verdict> verdicts;
  model::ScanSummary summary;
  std::size_t suppressed = 0;
  std::size_t error_diagnostics = 0;

  ReportInput input() const { return ReportInput{findings, rules, summary, &verdicts}; }
};

Scan hostile_scan(unsigned seed) {
  std::mt19937 rng(seed);
  Scan scan;
  model::RuleInfo rule;
  rule.id = "AwsSolutions-S1";
  rule.pack = "AwsSolutions";
  rule.rule = "aws-s3-bucket-no-access-logs";
  rule.title = "S3 bucket does not log server access";
  rule.message = "The S3 bucket does not record server access logs.";
  rule.resource_types = {"AWS::S3::Bucket"};
  scan.rules.push_back(rule);
  for (int i = 0; i < 40; ++i) {
    Finding f;
    f.rule_id = rule.id;
    f.pack = rule.pack;
    f.file = hostile(rng);
    f.line = 1 + static_cast<std::uint32_t>(rng() % 500);
    f.column = 1 + static_cast<std::uint32_t>(rng() % 80);
    f.stack = hostile(rng);
    // Unique ids keep one finding per (rule, resource) pair, so counts are exact.
    f.resource_id = "R" + std::to_string(i) + hostile(rng);
    f.resource_type = hostile(rng);
    f.construct_path = rng() % 2 ? hostile(rng) : "";
    f.granular_id = rng() % 2 ? hostile(rng) : "";
    f.message = hostile(rng);
    f.pointer = "/Resources/" + hostile(rng);
    f.fingerprint = "0123456789abcdef";
    if (rng() % 4 == 0) {
      f.suppression = model::Suppression{model::SuppressionSource::CdkNagMetadata, hostile(rng)};
      ++scan.suppressed;
    }
    Verdict v;
    v.rule_id = f.rule_id;
    v.pack = f.pack;
    v.stack = f.stack;
    v.resource_id = f.resource_id;
    v.resource_type = f.resource_type;
    v.construct_path = f.construct_path;
    v.file = f.file;
    v.state = f.suppression ? Verdict::State::Suppressed : Verdict::State::NonCompliant;
    v.reason = f.suppression ? f.suppression->reason : f.message;
    scan.verdicts.push_back(v);
    scan.findings.push_back(std::move(f));
  }
  std::stable_sort(scan.findings.begin(), scan.findings.end(), model::finding_order);
  for (int i = 0; i < 6; ++i) {
    const auto severity = i % 2 ? model::Diagnostic::Severity::Warning : model::Diagnostic::Severity::Error;
    scan.error_diagnostics += severity == model::Diagnostic::Severity::Error;
    scan.summary.diagnostics.push_back(
        {severity, hostile(rng), static_cast<std::uint32_t>(rng() % 3), static_cast<std::uint32_t>(rng() % 3), hostile(rng)});
  }
  scan.summary.tool_version = "0.1.0";
  scan.summary.files = scan.summary.stacks = scan.summary.resources = scan.findings.size();
  scan.summary.rules_run = 1;
  return scan;
}

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    out.push_back(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
  }
  return out;
}

std::size_t count(std::string_view text, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// Code points that act on a terminal or a viewer: C1 controls (U+0085 is a line
// break to some, U+009B a CSI) and the line/paragraph separators and bidi controls.
bool acts_on_display(char32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

// Line-oriented output (text, CSV): valid UTF-8, no control character but '\n',
// nothing that acts on a display, and no line a CI runner reads as a command.
void expect_inert_lines(std::string_view out, std::string_view what, unsigned seed) {
  ASSERT_TRUE(detail::is_valid_utf8(out)) << what << " seed " << seed;
  for (std::size_t i = 0; i < out.size();) {
    const detail::CodePoint cp = detail::decode_utf8(out, i);
    ASSERT_FALSE((cp.value < 0x20 && cp.value != '\n') || cp.value == 0x7F)
        << what << " seed " << seed << ": control U+" << std::hex << static_cast<unsigned>(cp.value) << " at byte "
        << std::dec << i;
    ASSERT_FALSE(acts_on_display(cp.value)) << what << " seed " << seed << ": U+" << std::hex
                                            << static_cast<unsigned>(cp.value);
    i += cp.length;
  }
  for (std::string_view line : lines_of(out)) {
    const std::size_t first = line.find_first_not_of(" \t");
    EXPECT_FALSE(first != std::string_view::npos && line.substr(first).starts_with("::"))
        << what << " seed " << seed << ": a line reads as a workflow command: " << line;
  }
}

class Forgery : public ::testing::TestWithParam<unsigned> {};

TEST_P(Forgery, TextHasOneLinePerFindingAndNothingThatActs) {
  const Scan scan = hostile_scan(GetParam());
  const std::string text = write_text(scan.input(), TextOptions{});
  expect_inert_lines(text, "text", GetParam());
  // A message holding "x.yaml:1:1: error[AwsSolutions-S1] fake" stays on its line:
  // above the summary, exactly one line per unsuppressed finding carries the rule
  // tag (below it, diagnostics may quote the fake text, each on its own line).
  std::size_t finding_lines = 0;
  for (std::string_view line : lines_of(text)) {
    if (line.starts_with("scanned: ")) break;
    finding_lines += line.find("error[AwsSolutions-S1]") != std::string_view::npos;
  }
  EXPECT_EQ(finding_lines, scan.findings.size() - scan.suppressed);
  EXPECT_NE(text.find("diagnostics: 6\n"), std::string::npos);
}

TEST_P(Forgery, JUnitKeepsItsStructure) {
  const Scan scan = hostile_scan(GetParam());
  const std::string xml = write_junit(scan.input());
  ASSERT_TRUE(detail::is_valid_utf8(xml));
  for (std::size_t i = 0; i < xml.size();) {
    const detail::CodePoint cp = detail::decode_utf8(xml, i);
    const bool xml_char = cp.value >= 0x20 ? cp.value != 0xFFFE && cp.value != 0xFFFF
                                           : cp.value == '\t' || cp.value == '\n' || cp.value == '\r';
    ASSERT_TRUE(xml_char) << "U+" << std::hex << static_cast<unsigned>(cp.value) << " cannot appear in XML";
    i += cp.length;
  }
  // Every markup start is one of ours, every entity is well formed.
  const std::set<std::string> ours = {"?xml", "testsuites", "/testsuites", "testsuite", "/testsuite", "testcase",
                                      "/testcase", "failure", "/failure", "error", "/error", "skipped", "/skipped",
                                      "system-out", "/system-out", "properties", "/properties", "property"};
  const std::regex tag("<([?/]?[A-Za-z-]+)");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), tag); it != std::sregex_iterator(); ++it)
    EXPECT_TRUE(ours.count((*it)[1].str())) << "unexpected markup <" << (*it)[1].str();
  EXPECT_EQ(count(xml, "<"), count(xml, ">")) << "a '<' or '>' of the input was not escaped";
  const std::regex entity("&(?!(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)");
  EXPECT_FALSE(std::regex_search(xml, entity)) << "a bare '&' of the input";
  EXPECT_EQ(count(xml, "<testcase "), scan.verdicts.size() + scan.summary.diagnostics.size());
  EXPECT_EQ(count(xml, "<failure "), scan.findings.size() - scan.suppressed);
  EXPECT_EQ(count(xml, "<skipped"), scan.suppressed);
  EXPECT_EQ(count(xml, "<error "), scan.error_diagnostics);
}

TEST_P(Forgery, SarifIsValidUtf8WithEncodedUrisAndOneResultPerFinding) {
  const Scan scan = hostile_scan(GetParam());
  const std::string sarif = write_sarif(scan.input(), SarifOptions{});
  Json log;
  ASSERT_NO_THROW(log = Json::parse(sarif)) << "not JSON, or not UTF-8";  // nlohmann rejects invalid UTF-8
  const Json& results = log["runs"][0]["results"];
  EXPECT_EQ(results.size(), scan.findings.size() - scan.suppressed);
  const std::regex uri_chars("[A-Za-z0-9._~%/:-]*");  // unreserved, '/', and %XX; file: for absolute paths
  std::size_t uris = 0;
  auto check_uri = [&](const Json& location) {
    const std::string uri = location["physicalLocation"]["artifactLocation"]["uri"];
    EXPECT_TRUE(std::regex_match(uri, uri_chars)) << uri;
    ++uris;
  };
  for (const Json& result : results) check_uri(result["locations"][0]);
  for (const Json& note : log["runs"][0]["invocations"][0]["toolExecutionNotifications"])
    if (note.contains("locations")) check_uri(note["locations"][0]);
  EXPECT_GE(uris, results.size());
  // Messages arrive whole: the finding's own text, bad bytes replaced.
  std::multiset<std::string> expected, got;
  for (const Finding& f : scan.findings)
    if (!f.suppression) expected.insert(detail::to_valid_utf8(f.message));
  for (const Json& result : results) got.insert(result["message"]["text"].get<std::string>());
  EXPECT_EQ(got, expected);
}

TEST_P(Forgery, JsonCarriesEveryFieldAsValidUtf8) {
  const Scan scan = hostile_scan(GetParam());
  Json doc;
  ASSERT_NO_THROW(doc = Json::parse(write_json(scan.input())));
  const Json& findings = doc["findings"];
  ASSERT_EQ(findings.size(), scan.findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = scan.findings[i];
    EXPECT_EQ(findings[i]["resourceId"], detail::to_valid_utf8(f.resource_id));
    EXPECT_EQ(findings[i]["message"], detail::to_valid_utf8(f.message));
    EXPECT_EQ(findings[i]["file"], detail::to_valid_utf8(f.file));
    EXPECT_EQ(findings[i]["stack"], detail::to_valid_utf8(f.stack));
  }
}

// A CSV reader that follows RFC 4180 (quoted fields, doubled quotes).
std::vector<std::vector<std::string>> read_csv(std::string_view text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::exchange(field, {}));
    } else if (c == '\n') {
      rows.back().push_back(std::exchange(field, {}));
      rows.emplace_back();
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

TEST_P(Forgery, NagCsvHasOneRowPerVerdictAndNoFormula) {
  const Scan scan = hostile_scan(GetParam());
  const std::string csv = write_nag_csv(scan.input());
  expect_inert_lines(csv, "nag-csv", GetParam());
  const auto rows = read_csv(csv);
  ASSERT_EQ(rows.size(), 1 + scan.verdicts.size());
  for (const auto& row : rows) {
    ASSERT_EQ(row.size(), 6u);
    for (const std::string& field : row)
      EXPECT_FALSE(!field.empty() && std::string_view("=+-@").find(field[0]) != std::string_view::npos)
          << "a spreadsheet would run this field as a formula: " << field;
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, Forgery, ::testing::Range(1u, 26u));

}  // namespace
}  // namespace infralint::reporters
