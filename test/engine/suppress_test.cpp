#include "infralint/engine/suppress.hpp"

#include <gtest/gtest.h>

#include "infralint/engine/evaluate.hpp"
#include "support/test_graph.hpp"
#include "support/test_rules.hpp"

// Options with every other field at its default (brace-initialising the struct
// would have to name the progress callback too).
[[maybe_unused]] inline infralint::engine::EvalOptions eval_options(int jobs, bool verdicts) {
  infralint::engine::EvalOptions options;
  options.jobs = jobs;
  options.record_verdicts = verdicts;
  return options;
}

using namespace infralint;
using infralint::testing::add_stack;
using infralint::testing::TestCatalog;

namespace {

// Evaluates every test binding over the given templates, then applies suppressions.
struct Scan {
  model::Graph graph;
  TestCatalog t;
  std::vector<model::Finding> findings;
  std::vector<model::Finding> problems;

  explicit Scan(std::initializer_list<std::string_view> templates, const engine::Config& config = {}) {
    int n = 0;
    for (std::string_view json : templates) {
      const std::string name = "Stack" + std::to_string(n++);
      add_stack(graph, name, "cdk.out/" + name + ".template.json", json);
    }
    graph.link();
    findings = engine::evaluate(graph, t.bindings(), {}).findings;
    problems = engine::apply_suppressions(graph, config, findings);
  }

  // The one finding of `rule` on `resource` (with `granular` id); fails the test otherwise.
  const model::Finding& one(std::string_view rule, std::string_view resource, std::string_view granular = {},
                            std::string_view stack = "Stack0") const {
    const model::Finding* found = nullptr;
    for (const model::Finding& f : findings)
      if (f.rule_id == rule && f.resource_id == resource && f.granular_id == granular && f.stack == stack) {
        EXPECT_EQ(found, nullptr) << "two findings of " << rule << " on " << resource;
        found = &f;
      }
    if (!found) throw std::runtime_error("no finding of " + std::string(rule) + " on " + std::string(resource));
    return *found;
  }
};

std::string reason_of(const model::Finding& f) { return f.suppression ? f.suppression->reason : "<not suppressed>"; }

constexpr const char* kWildcardPolicy = R"({"Type": "AWS::IAM::Policy", "Properties": {"PolicyDocument": {
  "Statement": [{"Action": ["s3:*", "logs:PutLogEvents"]}, {"Action": "*"}]}}})";

std::string policy_with(std::string_view metadata) {
  std::string p = kWildcardPolicy;
  p.insert(p.size() - 1, std::string(", \"Metadata\": ").append(metadata));
  return p;
}

std::string resources(std::initializer_list<std::pair<std::string, std::string>> items,
                      std::string_view template_metadata = {}) {
  std::string json = "{";
  if (!template_metadata.empty()) json.append("\"Metadata\": ").append(template_metadata).append(", ");
  json += "\"Resources\": {";
  bool first = true;
  for (const auto& [id, body] : items) {
    if (!first) json += ", ";
    first = false;
    json.append("\"").append(id).append("\": ").append(body);
  }
  return json + "}}";
}

std::string nag(std::string_view entries) { return "{\"cdk_nag\": {\"rules_to_suppress\": [" + std::string(entries) + "]}}"; }

std::string bucket(std::string_view metadata = {}) {
  std::string b = R"({"Type": "AWS::S3::Bucket")";
  if (!metadata.empty()) b.append(", \"Metadata\": ").append(metadata);
  return b + "}";
}

constexpr const char* kDeployTimeBucket = R"({"Type": "AWS::S3::Bucket", "Properties": {"VersioningConfiguration":
  {"Status": {"Ref": "AWS::Region"}}}, "Metadata": METADATA})";

std::string deploy_time_bucket(std::string_view metadata) {
  std::string b = kDeployTimeBucket;
  return b.replace(b.find("METADATA"), 8, metadata);
}

}  // namespace

// --- cdk_nag metadata on a resource ----------------------------------------------

TEST(CdkNagSuppression, EntryWithoutAppliesToCoversEveryFindingOfTheRule) {
  Scan s({resources({{"Policy", policy_with(nag(R"({"id": "Test-P1", "reason": "Break-glass role, reviewed"})"))},
                     {"Other", kWildcardPolicy}})});
  for (std::string_view g : {"Action::s3:*", "Action::*"}) {
    const model::Finding& f = s.one("Test-P1", "Policy", g);
    ASSERT_TRUE(f.suppression.has_value()) << g;
    EXPECT_EQ(f.suppression->source, model::SuppressionSource::CdkNagMetadata);
    EXPECT_EQ(f.suppression->reason, "Break-glass role, reviewed");
  }
  EXPECT_FALSE(s.one("Test-P1", "Other", "Action::*").suppression.has_value());
  EXPECT_TRUE(s.problems.empty());
}

TEST(CdkNagSuppression, AppliesToExactIdCoversOnlyThatFinding) {
  Scan s({resources({{"Policy", policy_with(nag(
                                    R"({"id": "Test-P1", "reason": "Bucket access is scoped by SCP",
                                        "applies_to": ["Action::s3:*"]})"))}})});
  EXPECT_EQ(reason_of(s.one("Test-P1", "Policy", "Action::s3:*")), "[Action::s3:*] Bucket access is scoped by SCP");
  EXPECT_FALSE(s.one("Test-P1", "Policy", "Action::*").suppression.has_value());
}

TEST(CdkNagSuppression, AppliesToRegexWithAndWithoutFlags) {
  auto suppressed = [](std::string_view regex) {
    std::string entry = R"({"id": "Test-P1", "reason": "Regex suppression here", "applies_to": [{"regex": ")" +
                        std::string(regex) + R"("}]})";
    Scan s({resources({{"Policy", policy_with(nag(entry))}})});
    EXPECT_TRUE(s.problems.empty()) << regex;
    return std::make_pair(s.one("Test-P1", "Policy", "Action::s3:*").suppression.has_value(),
                          s.one("Test-P1", "Policy", "Action::*").suppression.has_value());
  };
  EXPECT_EQ(suppressed("/^Action::s3:.*$/"), std::make_pair(true, false));
  EXPECT_EQ(suppressed("/^action::S3:/"), std::make_pair(false, false));  // case matters by default
  EXPECT_EQ(suppressed("/^action::S3:/i"), std::make_pair(true, false));  // ... unless flag i
  EXPECT_EQ(suppressed("/::/g"), std::make_pair(true, true));             // partial match; g changes nothing
  EXPECT_EQ(suppressed("/^Action::\\\\*$/"), std::make_pair(false, true));
}

TEST(CdkNagSuppression, RegexReasonIsPrefixedWithTheFindingId) {
  Scan s({resources({{"Policy", policy_with(nag(R"({"id": "Test-P1", "reason": "All wildcards are fine here",
                                                     "applies_to": [{"regex": "/^Action::/"}]})"))}})});
  EXPECT_EQ(reason_of(s.one("Test-P1", "Policy", "Action::*")), "[Action::*] All wildcards are fine here");
}

TEST(CdkNagSuppression, AppliesToNeverCoversAFindingWithoutGranularId) {
  Scan s({resources({{"B", bucket(nag(R"({"id": "Test-B1", "reason": "Granular entry only",
                                           "applies_to": ["anything", {"regex": "/.*/"}]})"))}})});
  EXPECT_FALSE(s.one("Test-B1", "B").suppression.has_value());
}

TEST(CdkNagSuppression, EntriesNamingOtherRulesDoNotApply) {
  Scan s({resources({{"B", bucket(nag(R"({"id": "Test-B2", "reason": "A different rule entirely"})"))}})});
  EXPECT_FALSE(s.one("Test-B1", "B").suppression.has_value());
  EXPECT_FALSE(s.one("Other-B1", "B").suppression.has_value());
}

// --- template-level cdk_nag metadata ---------------------------------------------

TEST(CdkNagSuppression, StackEntryCoversItsStackAndResourceEntriesComeFirst) {
  Scan s({resources({{"Plain", bucket()},
                     {"Own", bucket(nag(R"({"id": "Test-B1", "reason": "The resource's own reason"})"))}},
                    nag(R"({"id": "Test-B1", "reason": "Stack-wide reason for buckets"})")),
          resources({{"Plain", bucket()}})});
  EXPECT_EQ(reason_of(s.one("Test-B1", "Plain")), "Stack-wide reason for buckets");
  EXPECT_EQ(s.one("Test-B1", "Plain").suppression->source, model::SuppressionSource::CdkNagMetadata);
  EXPECT_EQ(reason_of(s.one("Test-B1", "Own")), "The resource's own reason");
  EXPECT_FALSE(s.one("Test-B1", "Plain", {}, "Stack1").suppression.has_value());
  EXPECT_FALSE(s.one("Other-B1", "Plain").suppression.has_value());
}

TEST(CdkNagSuppression, FirstMatchingEntryWins) {
  Scan s({resources({{"Policy", policy_with(nag(R"({"id": "Test-P1", "reason": "First: only the s3 one",
                                                     "applies_to": ["Action::s3:*"]},
                                                    {"id": "Test-P1", "reason": "Second: the whole rule"})"))}})});
  EXPECT_EQ(reason_of(s.one("Test-P1", "Policy", "Action::s3:*")), "[Action::s3:*] First: only the s3 one");
  EXPECT_EQ(reason_of(s.one("Test-P1", "Policy", "Action::*")), "Second: the whole rule");
}

// --- validation failures (Unresolved and EvaluationError findings) ---------------

TEST(CdkNagSuppression, ValidationFailureCoveredByPlainEntryForTheRule) {
  Scan s({resources({{"B", deploy_time_bucket(nag(R"({"id": "Test-B1", "reason": "Region is fixed by pipeline"})"))}})});
  const model::Finding& f = s.one("Test-B1", "B");
  ASSERT_EQ(f.kind, model::FindingKind::Unresolved);
  EXPECT_EQ(reason_of(f), "Region is fixed by pipeline");
}

TEST(CdkNagSuppression, ValidationFailureNotCoveredByAnEntryWithAppliesTo) {
  Scan s({resources({{"B", deploy_time_bucket(nag(R"({"id": "Test-B1", "reason": "Only granular findings",
                                                      "applies_to": ["Test-B1", {"regex": "/.*/"}]})"))}})});
  EXPECT_FALSE(s.one("Test-B1", "B").suppression.has_value());
}

TEST(CdkNagSuppression, ValidationFailureCoveredByCdkNagValidationFailureEntry) {
  Scan s({resources({{"B", deploy_time_bucket(nag(R"({"id": "CdkNagValidationFailure",
                                                      "reason": "Deploy-time values are checked later",
                                                      "applies_to": ["Test-B1", {"regex": "/^Other-/"}]})"))},
                     {"BadQueue", R"({"Type": "AWS::SQS::Queue", "Metadata": )" +
                                      nag(R"({"id": "CdkNagValidationFailure", "reason": "Known parser gap",
                                              "applies_to": ["Test-Q1"]})") + "}"},
                     {"Off", R"({"Type": "AWS::S3::Bucket", "Properties": {"VersioningConfiguration":
                                 {"Status": "Suspended"}}, "Metadata": )" +
                                 nag(R"({"id": "CdkNagValidationFailure", "reason": "Does not cover violations",
                                         "applies_to": ["Test-B1"]})") + "}"}})});
  // cdk-nag records these with an empty finding id: "[] reason".
  EXPECT_EQ(reason_of(s.one("Test-B1", "B")), "[] Deploy-time values are checked later");
  EXPECT_EQ(reason_of(s.one("Other-B1", "B")), "[] Deploy-time values are checked later");
  const model::Finding& crashed = s.one("Test-Q1", "BadQueue");
  ASSERT_EQ(crashed.kind, model::FindingKind::EvaluationError);
  EXPECT_EQ(reason_of(crashed), "[] Known parser gap");
  const model::Finding& violation = s.one("Test-B1", "Off");
  ASSERT_EQ(violation.kind, model::FindingKind::Violation);
  EXPECT_FALSE(violation.suppression.has_value());
}

TEST(CdkNagSuppression, ValidationFailureEntryWithoutAppliesToCoversEveryRulesFailure) {
  // cdk-nag's doesApply: no applies_to means the entry covers whatever it is asked about.
  Scan s({resources({{"B", deploy_time_bucket(nag(R"({"id": "CdkNagValidationFailure",
                                                      "reason": "Nothing here is known before deploy"})"))}})});
  EXPECT_EQ(reason_of(s.one("Test-B1", "B")), "Nothing here is known before deploy");
  EXPECT_EQ(reason_of(s.one("Other-B1", "B")), "Nothing here is known before deploy");
}

TEST(CdkNagSuppression, ValidationFailureEntryForAnotherRuleDoesNotApply) {
  Scan s({resources({{"B", deploy_time_bucket(nag(R"({"id": "CdkNagValidationFailure", "reason": "Only for the D1 rule",
                                                      "applies_to": ["Test-D1"]})"))}})});
  EXPECT_FALSE(s.one("Test-B1", "B").suppression.has_value());
}

// --- entries cdk-nag would refuse -------------------------------------------------

TEST(CdkNagSuppression, ShortReasonIsReportedAtTheEntryAndNotHonoured) {
  Scan s({resources({{"B", bucket(nag(R"({"id": "Test-B1", "reason": "too short"})"))}})});
  EXPECT_FALSE(s.one("Test-B1", "B").suppression.has_value());
  ASSERT_EQ(s.problems.size(), 1u);
  const model::Finding& p = s.problems[0];
  const model::Value* entry = s.graph.stacks()[0]->find("B")->at("/Metadata/cdk_nag/rules_to_suppress/0");
  EXPECT_EQ(p.rule_id, "infralint-invalid-suppression");
  EXPECT_EQ(p.pack, "infralint");
  EXPECT_EQ(p.level, model::Level::Error);
  EXPECT_EQ(p.resource_id, "B");
  EXPECT_EQ(p.stack, "Stack0");
  EXPECT_EQ(p.file, "cdk.out/Stack0.template.json");
  EXPECT_EQ(p.line, entry->location().line);
  EXPECT_EQ(p.pointer, "/Resources/B/Metadata/cdk_nag/rules_to_suppress/0");
  EXPECT_NE(p.message.find("10 characters"), std::string::npos) << p.message;
  EXPECT_NE(p.message.find("Test-B1"), std::string::npos) << p.message;
  EXPECT_EQ(p.fingerprint.size(), 16u);
}

TEST(CdkNagSuppression, ReasonLengthIsCountedAsJavaScriptDoes) {
  // Five emoji are ten UTF-16 units: long enough for cdk-nag.
  Scan ok({resources({{"B", bucket(nag("{\"id\": \"Test-B1\", \"reason\": \"\xF0\x9F\x94\x92\xF0\x9F\x94\x92"
                                       "\xF0\x9F\x94\x92\xF0\x9F\x94\x92\xF0\x9F\x94\x92\"}"))}})});
  EXPECT_TRUE(ok.problems.empty());
  EXPECT_TRUE(ok.one("Test-B1", "B").suppression.has_value());
  // Nine accented letters are nine units, though eighteen bytes.
  Scan short_({resources({{"B", bucket(nag("{\"id\": \"Test-B1\", \"reason\": \"\xC3\xA9\xC3\xA9\xC3\xA9"
                                           "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\"}"))}})});
  EXPECT_EQ(short_.problems.size(), 1u);
}

TEST(CdkNagSuppression, IdNamingAFindingInBracketsIsRefused) {
  Scan s({resources({{"Policy", policy_with(nag(R"({"id": "Test-P1[Action::*]", "reason": "Granular via the id"})"))}})});
  ASSERT_EQ(s.problems.size(), 1u);
  EXPECT_NE(s.problems[0].message.find("applies_to"), std::string::npos) << s.problems[0].message;
  EXPECT_FALSE(s.one("Test-P1", "Policy", "Action::*").suppression.has_value());
}

TEST(CdkNagSuppression, EncodedReasonIsDecodedBeforeUseAndBeforeTheLengthCheck) {
  // base64 of "Überprüft: kein Risiko"
  Scan s({resources({{"B", bucket(nag(R"({"id": "Test-B1", "reason": "w5xiZXJwcsO8ZnQ6IGtlaW4gUmlzaWtv",
                                           "is_reason_encoded": true})"))},
                     {"C", bucket(nag(R"({"id": "Test-B1", "reason": "YWJjZGVmZw==", "is_reason_encoded": true})"))}})});
  EXPECT_EQ(reason_of(s.one("Test-B1", "B")), "\xC3\x9C" "berpr\xC3\xBC" "ft: kein Risiko");
  // "YWJjZGVmZw==" is twelve characters but says "abcdefg": seven, too short.
  EXPECT_FALSE(s.one("Test-B1", "C").suppression.has_value());
  ASSERT_EQ(s.problems.size(), 1u);
  EXPECT_EQ(s.problems[0].resource_id, "C");
}

TEST(CdkNagSuppression, RegexesRe2CannotCompileOrThatAreMalformedAreReported) {
  for (const char* regex : {"/(?<=x)y/", "no slashes", "/a/q", "/a/ii", "/(/"}) {
    std::string entry = R"({"id": "Test-P1", "reason": "Bad regex entry here", "applies_to": [{"regex": ")" +
                        std::string(regex) + R"("}]}, {"id": "Test-P1", "reason": "A valid entry after it"})";
    Scan s({resources({{"Policy", policy_with(nag(entry))}})});
    ASSERT_EQ(s.problems.size(), 1u) << regex;
    EXPECT_NE(s.problems[0].message.find("invalid regular expression"), std::string::npos) << s.problems[0].message;
    EXPECT_EQ(s.problems[0].pointer, "/Resources/Policy/Metadata/cdk_nag/rules_to_suppress/0");
    EXPECT_EQ(reason_of(s.one("Test-P1", "Policy", "Action::s3:*")), "A valid entry after it") << regex;
  }
}

TEST(CdkNagSuppression, MalformedEntriesAreReported) {
  Scan s({resources({{"A", bucket(nag(R"("just text", {"reason": "No id given here"}, {"id": "Test-B1"},
                                         {"id": "Test-B1", "reason": "Applies to is not a list", "applies_to": "x"},
                                         {"id": "Test-B1", "reason": "Item is a number", "applies_to": [5]})"))},
                     {"B", bucket(R"({"cdk_nag": {"rules_to_suppress": {"id": "Test-B1"}}})")},
                     {"C", bucket(R"({"cdk_nag": {"rules_to_suppress": null}})")}})});
  EXPECT_EQ(s.problems.size(), 6u);
  EXPECT_FALSE(s.one("Test-B1", "A").suppression.has_value());
  EXPECT_FALSE(s.one("Test-B1", "B").suppression.has_value());
}

TEST(CdkNagSuppression, BadStackEntryIsReportedAtTheTemplateMetadata) {
  Scan s({resources({{"B", bucket()}}, nag(R"({"id": "Test-B1", "reason": "short"})"))});
  ASSERT_EQ(s.problems.size(), 1u);
  const model::Finding& p = s.problems[0];
  EXPECT_EQ(p.resource_id, "");
  EXPECT_EQ(p.stack, "Stack0");
  EXPECT_EQ(p.pointer, "/Metadata/cdk_nag/rules_to_suppress/0");
  EXPECT_EQ(p.line, s.graph.stacks()[0]->root.at("/Metadata/cdk_nag/rules_to_suppress/0")->location().line);
  EXPECT_FALSE(s.one("Test-B1", "B").suppression.has_value());
}

// --- infralint metadata and config -----------------------------------------------

TEST(InfralintSuppression, OwnMetadataNeedsOnlyANonBlankReason) {
  Scan s({resources({{"A", bucket(R"({"infralint": {"suppress": [{"id": "Test-B1", "reason": "ok"}]}})")},
                     {"B", bucket(R"({"infralint": {"suppress": [{"id": "Test-B1", "reason": "  "}]}})")},
                     {"C", bucket(R"({"infralint": {"suppress": [{"id": "Test-B1", "reason": "ours"}]},
                                     "cdk_nag": {"rules_to_suppress": [{"id": "Test-B1", "reason": "cdk-nag's comes first"}]}})")}},
                    R"({"infralint": {"suppress": [{"id": "Other-B1", "reason": "template"}]}})")});
  const model::Finding& a = s.one("Test-B1", "A");
  ASSERT_TRUE(a.suppression.has_value());
  EXPECT_EQ(a.suppression->source, model::SuppressionSource::InfralintMetadata);
  EXPECT_EQ(a.suppression->reason, "ok");
  EXPECT_FALSE(s.one("Test-B1", "B").suppression.has_value());
  EXPECT_EQ(s.one("Test-B1", "C").suppression->source, model::SuppressionSource::CdkNagMetadata);
  EXPECT_EQ(reason_of(s.one("Other-B1", "B")), "template");
  ASSERT_EQ(s.problems.size(), 1u);
  EXPECT_EQ(s.problems[0].pointer, "/Resources/B/Metadata/infralint/suppress/0");
  EXPECT_NE(s.problems[0].message.find("blank"), std::string::npos);
}

TEST(ConfigSuppression, GlobsOnRuleResourceAndPath) {
  engine::Config config;
  config.suppressions.push_back({"Test-?1", "Log*", "cdk.out/Stack0.*", "log buckets"});
  config.suppressions.push_back({"Other-*", "*", "*", "other pack accepted"});
  Scan s({resources({{"LogBucket", bucket()}, {"DataBucket", bucket()}}), resources({{"LogBucket", bucket()}})},
         config);
  const model::Finding& log = s.one("Test-B1", "LogBucket");
  ASSERT_TRUE(log.suppression.has_value());
  EXPECT_EQ(log.suppression->source, model::SuppressionSource::Config);
  EXPECT_EQ(log.suppression->reason, "log buckets");
  EXPECT_FALSE(s.one("Test-B1", "DataBucket").suppression.has_value());
  EXPECT_FALSE(s.one("Test-B1", "LogBucket", {}, "Stack1").suppression.has_value());  // other file
  EXPECT_EQ(reason_of(s.one("Other-B1", "DataBucket")), "other pack accepted");
}

TEST(ConfigSuppression, InSourceSuppressionsComeBeforeConfig) {
  engine::Config config;
  config.suppressions.push_back({"*", "*", "*", "everything"});
  Scan s({resources({{"B", bucket(nag(R"({"id": "Test-B1", "reason": "Written in the template"})"))}})}, config);
  EXPECT_EQ(s.one("Test-B1", "B").suppression->source, model::SuppressionSource::CdkNagMetadata);
  EXPECT_EQ(s.one("Other-B1", "B").suppression->source, model::SuppressionSource::Config);
}

TEST(Suppression, AFindingAlreadySuppressedIsLeftAlone) {
  model::Graph graph;
  add_stack(graph, "S", "s.json", resources({{"B", bucket(nag(R"({"id": "Test-B1", "reason": "Would apply otherwise"})"))}}));
  graph.link();
  TestCatalog t;
  std::vector<model::Finding> findings = engine::evaluate(graph, t.only("Test-B1"), {}).findings;
  ASSERT_EQ(findings.size(), 1u);
  findings[0].suppression = model::Suppression{model::SuppressionSource::Baseline, "earlier"};
  engine::apply_suppressions(graph, {}, findings);
  EXPECT_EQ(findings[0].suppression->reason, "earlier");
}

TEST(Suppression, VerdictsBecomeSuppressedWhenAllTheirFindingsAre) {
  model::Graph graph;
  add_stack(graph, "S", "s.json",
            resources({{"All", policy_with(nag(R"({"id": "Test-P1", "reason": "Every wildcard is fine"})"))},
                       {"Half", policy_with(nag(R"({"id": "Test-P1", "reason": "Only the s3 wildcard",
                                                    "applies_to": ["Action::s3:*"]})"))}}));
  graph.link();
  TestCatalog t;
  engine::Evaluation e = engine::evaluate(graph, t.only("Test-P1"), eval_options(0, true));
  engine::apply_suppressions(graph, {}, e.findings);
  engine::apply_to_verdicts(e.findings, e.verdicts);
  ASSERT_EQ(e.verdicts.size(), 2u);
  for (const model::Verdict& v : e.verdicts) {
    if (v.resource_id == "All") {
      EXPECT_EQ(v.state, model::Verdict::State::Suppressed);
      EXPECT_EQ(v.reason, "Every wildcard is fine");
    } else {
      EXPECT_EQ(v.state, model::Verdict::State::NonCompliant);
    }
  }
}
