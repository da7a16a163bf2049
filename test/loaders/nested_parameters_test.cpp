// Nested stacks of an assembly see the values their parent passes, where CDK wrote a
// {"Ref": "referenceto...Ref"} parameter: cdk-nag judged the parent's token.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <ostream>
#include <string>
#include <vector>

#include "infralint/loaders/load.hpp"
#include "infralint/loaders/readers.hpp"
#include "nested_parameters.hpp"
#include "read_error.hpp"
#include "test_support.hpp"

namespace infralint::loaders {
namespace {

using model::Value;
using testing::ChangeDir;
using testing::dump;
using testing::TempDir;

Value json(std::string_view text, std::uint32_t file_id = 0) {
  ParseResult r = read_json(text, file_id);
  EXPECT_FALSE(r.error) << text << ": " << (r.error ? r.error->message : "");
  return r.error ? Value() : std::move(r.documents.front());
}

// ---- the substitution, text in ----

struct SubstitutionCase {
  std::string name;
  std::string parameters;  // the nested template's Parameters section
  std::string body;        // its Resources section
  std::string passed;      // the parent's Properties.Parameters
  std::string expected;    // Resources after substitution (dump form)
  std::size_t replaced;
};

void PrintTo(const SubstitutionCase& c, std::ostream* os) { *os << c.name; }

class SubstituteParentParameters : public ::testing::TestWithParam<SubstitutionCase> {};

TEST_P(SubstituteParentParameters, ReplacesOnlyRefsToPassedParameters) {
  const SubstitutionCase& c = GetParam();
  Value document = json(R"({"Parameters":)" + c.parameters + R"(,"Resources":)" + c.body + "}");
  const Value parameters_before = *document.find("Parameters");
  EXPECT_EQ(detail::substitute_parent_parameters(document, json(c.passed)), c.replaced);
  EXPECT_EQ(dump(*document.find("Resources")), c.expected);
  EXPECT_EQ(*document.find("Parameters"), parameters_before);  // declarations stay
}

INSTANTIATE_TEST_SUITE_P(
    Table, SubstituteParentParameters,
    ::testing::Values(
        SubstitutionCase{"RefBecomesTheParentsRef", R"({"P":{"Type":"String"}})",
                         R"({"R":{"Type":"T","Properties":{"Bucket":{"Ref":"P"}}}})", R"({"P":{"Ref":"Bucket1"}})",
                         R"({"R":{"Type":"T","Properties":{"Bucket":{"Ref":"Bucket1"}}}})", 1},
        SubstitutionCase{"GetAttInsideAJoin", R"({"A":{"Type":"String"}})",
                         R"({"R":{"Type":"T","Properties":{"X":{"Fn::Join":["",[{"Ref":"A"},"/*"]]},"Y":[{"Ref":"A"}]}}})",
                         R"({"A":{"Fn::GetAtt":["Key1","Arn"]}})",
                         R"({"R":{"Type":"T","Properties":{"X":{"Fn::Join":["",[{"Fn::GetAtt":["Key1","Arn"]},"/*"]]},)"
                         R"("Y":[{"Fn::GetAtt":["Key1","Arn"]}]}}})",
                         2},
        SubstitutionCase{"LiteralValue", R"({"P":{"Type":"String"}})", R"({"R":{"Type":"T","Properties":{"N":{"Ref":"P"}}}})",
                         R"({"P":"TLS"})", R"({"R":{"Type":"T","Properties":{"N":"TLS"}}})", 1},
        SubstitutionCase{"ParameterTheParentDoesNotPassKeepsItsRef", R"({"P":{"Type":"String"},"Q":{"Type":"String"}})",
                         R"({"R":{"Type":"T","Properties":{"A":{"Ref":"P"},"B":{"Ref":"Q"}}}})", R"({"P":"x"})",
                         R"({"R":{"Type":"T","Properties":{"A":"x","B":{"Ref":"Q"}}}})", 1},
        // Passed, but not a parameter here: a Ref of that name is a resource of this template.
        SubstitutionCase{"PassedButNotDeclared", R"({})", R"({"R":{"Type":"T","Properties":{"A":{"Ref":"Q"}}}})",
                         R"({"Q":"x"})", R"({"R":{"Type":"T","Properties":{"A":{"Ref":"Q"}}}})", 0},
        // The copy names the parent's ids: it is not searched again.
        SubstitutionCase{"ReplacementIsNotSubstitutedAgain", R"({"P":{"Type":"String"},"Q":{"Type":"String"}})",
                         R"({"R":{"Type":"T","Properties":{"A":{"Ref":"P"}}}})", R"({"P":{"Ref":"Q"},"Q":"q"})",
                         R"({"R":{"Type":"T","Properties":{"A":{"Ref":"Q"}}}})", 1},
        // CDK writes Refs to these parameters; other spellings are left as written.
        SubstitutionCase{"SubAndOtherShapesStay", R"({"P":{"Type":"String"}})",
                         R"({"R":{"Type":"T","Properties":{"S":{"Fn::Sub":"${P}/x"},"N":{"Ref":["P"]},)"
                         R"("M":{"Ref":"P","Extra":1},"K":"P"}}})",
                         R"({"P":"x"})",
                         R"({"R":{"Type":"T","Properties":{"S":{"Fn::Sub":"${P}/x"},"N":{"Ref":["P"]},)"
                         R"("M":{"Ref":"P","Extra":1},"K":"P"}}})",
                         0},
        SubstitutionCase{"ParentPassesNoObject", R"({"P":{"Type":"String"}})",
                         R"({"R":{"Type":"T","Properties":{"A":{"Ref":"P"}}}})", R"({"Fn::If":["C",{"P":"x"},{}]})",
                         R"({"R":{"Type":"T","Properties":{"A":{"Ref":"P"}}}})", 0}),
    [](const ::testing::TestParamInfo<SubstitutionCase>& p) { return p.param.name; });

TEST(SubstituteParentParameters, EverySectionButParameters) {
  Value document = json(R"({"Parameters":{"P":{"Type":"String"}},
      "Conditions":{"C":{"Fn::Equals":[{"Ref":"P"},""]}},
      "Outputs":{"O":{"Value":{"Ref":"P"}}}})");
  EXPECT_EQ(detail::substitute_parent_parameters(document, json(R"({"P":"v"})")), 2u);
  EXPECT_EQ(dump(*document.find("Conditions")), R"({"C":{"Fn::Equals":["v",""]}})");
  EXPECT_EQ(dump(*document.find("Outputs")), R"({"O":{"Value":"v"}})");
}

TEST(SubstituteParentParameters, CopyTakesTheReplacedRefsPositionThroughout) {
  // The Ref sits on line 4, column 5 of file 3; the parent's value comes from file 9.
  Value document = json(
      "{\"Parameters\": {\"P\": {}},\n"
      "\"Resources\": {\"R\": {\"Type\": \"T\",\n"
      "  \"Properties\": {\"A\":\n"
      "    {\"Ref\": \"P\"}}}}}",
      3);
  const Value passed = json(R"({"P": {"Fn::Join": ["", [{"Fn::GetAtt": ["K", "Arn"]}, "/*"]]}})", 9);
  ASSERT_EQ(detail::substitute_parent_parameters(document, passed), 1u);
  const Value* a = document.at("/Resources/R/Properties/A");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->location(), (model::Location{3, 4, 5}));
  EXPECT_EQ(a->origin(), model::Origin::Written);
  std::vector<const Value*> todo{a};
  while (!todo.empty()) {
    const Value* v = todo.back();
    todo.pop_back();
    EXPECT_EQ(v->location(), a->location()) << dump(*v);
    for (const Value& item : v->items()) todo.push_back(&item);
    for (const model::Member& m : v->members()) {
      EXPECT_EQ(m.key_location, a->location()) << m.key;
      todo.push_back(&m.value);
    }
  }
}

TEST(SubstituteParentParameters, CopiesAreChargedAgainstABudget) {
  // A 10-value parameter used 5 times adds 50 values: within 50, past 49.
  const std::string body = R"({"Parameters":{"P":{}},"Resources":{"R":{"Type":"T","Properties":{"A":[)" +
                           std::string(R"({"Ref":"P"},{"Ref":"P"},{"Ref":"P"},{"Ref":"P"},{"Ref":"P"})") + "]}}}}";
  const Value passed = json(R"({"P": [1, 2, 3, 4, 5, 6, 7, [8]]})");  // 10 values
  Value within = json(body);
  EXPECT_EQ(detail::substitute_parent_parameters(within, passed, 50), 5u);
  Value past = json(body);
  try {
    detail::substitute_parent_parameters(past, passed, 49);
    ADD_FAILURE() << "the budget was not enforced";
  } catch (const detail::ReadError& e) {
    EXPECT_NE(e.message.find("more than 49 values"), std::string::npos) << e.message;
    EXPECT_EQ(e.line, 1u);
  }
}

// ---- through an assembly ----

constexpr std::string_view kChild = "Parent/ChildNestedStackChildNestedStackResource1A2B3C4D";
constexpr std::string_view kGrand =
    "Parent/ChildNestedStackChildNestedStackResource1A2B3C4D/GrandNestedStackGrandNestedStackResource9A8B7C6D";

const model::Resource& resource(const LoadResult& r, std::string_view stack, std::string_view id) {
  const model::Stack* s = r.graph.find_stack(stack);
  EXPECT_NE(s, nullptr) << stack;
  const model::Resource* found = s ? s->find(id) : nullptr;
  EXPECT_NE(found, nullptr) << stack << " " << id;
  static const model::Resource none;
  return found ? *found : none;
}

std::string at(const model::Resource& resource, std::string_view pointer) {
  const Value* v = resource.at(pointer);
  return v ? dump(*v) : "<absent>";
}

std::vector<std::string> reference_names(const model::Resource& resource) {
  std::vector<std::string> out;
  for (const model::Reference& ref : resource.references) out.push_back(ref.name);
  return out;
}

// 1-based line and column of the first `needle` in a fixture file.
model::Location find_in_fixture(std::string_view file, std::string_view needle) {
  std::ifstream in(std::filesystem::path(INFRALINT_TEST_DIR) / "fixtures/cdk-classes" / file);
  std::string line;
  for (std::uint32_t number = 1; std::getline(in, line); ++number)
    if (const std::size_t column = line.find(needle); column != std::string::npos)
      return model::Location{0, number, static_cast<std::uint32_t>(column + 1)};
  ADD_FAILURE() << needle << " not in " << file;
  return {};
}

class NestedStackParameters : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::copy_fixture("cdk-classes", dir_.path() / "cdk.out");
    ChangeDir cd(dir_.path());
    result_ = load({"cdk.out"}, {});
    ASSERT_TRUE(result_.diagnostics.empty()) << result_.diagnostics.front().message;
  }

  TempDir dir_;
  LoadResult result_;
};

TEST_F(NestedStackParameters, NestedStacksSeeWhatTheParentPasses) {
  struct Row {
    std::string_view stack, id, pointer, expected;
  };
  const Row rows[] = {
      {kChild, "ReaderPolicy9C8B7A6D", "/Properties/Bucket", R"({"Ref":"Bucket83908E77"})"},
      {kChild, "ReaderPolicy9C8B7A6D", "/Properties/PolicyDocument/Statement/0/Resource",
       R"({"Fn::Join":["",[{"Fn::GetAtt":["Bucket83908E77","Arn"]},"/*"]]})"},
      {kChild, "Loose1F2E3D4C", "/Properties/Name", R"({"Ref":"NotPassed"})"},  // not passed: kept
      {kChild, "Loose1F2E3D4C", "/Properties/Value", R"({"Fn::Sub":"${referencetoParentBucket83908E77Ref}"})"},
      // The child passes its own parameter on; the grandchild sees the parent's value.
      {kChild, "GrandNestedStackGrandNestedStackResource9A8B7C6D",
       "/Properties/Parameters/referencetoParentChildBucketRef", R"({"Ref":"Bucket83908E77"})"},
      {kGrand, "Notice4A5B6C7D", "/Properties/TopicName", R"({"Ref":"Bucket83908E77"})"},
      // The parent's template is as written.
      {"Parent", "ChildNestedStackChildNestedStackResource1A2B3C4D",
       "/Properties/Parameters/referencetoParentBucket83908E77Ref", R"({"Ref":"Bucket83908E77"})"},
  };
  for (const Row& row : rows)
    EXPECT_EQ(at(resource(result_, row.stack, row.id), row.pointer), row.expected) << row.stack << " " << row.pointer;
}

TEST_F(NestedStackParameters, ReferencesAreReadAfterSubstitution) {
  const model::Resource& policy = resource(result_, kChild, "ReaderPolicy9C8B7A6D");
  EXPECT_EQ(reference_names(policy), (std::vector<std::string>{"Bucket83908E77", "Bucket83908E77"}));
  for (const model::Reference& ref : policy.references) {
    EXPECT_EQ(ref.target, nullptr);  // the bucket is the parent's, not a resource of this template
    EXPECT_EQ(policy.pointer_of(ref.at).empty(), false);  // points into the resource's own tree
  }
  EXPECT_EQ(reference_names(resource(result_, kChild, "Loose1F2E3D4C")),
            (std::vector<std::string>{"NotPassed", "referencetoParentBucket83908E77Ref"}));
  EXPECT_EQ(reference_names(resource(result_, kGrand, "Notice4A5B6C7D")), (std::vector<std::string>{"Bucket83908E77"}));
}

TEST_F(NestedStackParameters, PositionsStayInTheNestedFile) {
  const model::Stack* child = result_.graph.find_stack(kChild);
  ASSERT_NE(child, nullptr);
  const model::Resource& policy = resource(result_, kChild, "ReaderPolicy9C8B7A6D");
  model::Location bucket = find_in_fixture("ParentChild5E6F7A8B.nested.template.json", "\"Bucket\": {");
  bucket.file = child->file_id;
  bucket.column += 10;  // the value's '{', after "Bucket":
  const Value* substituted = policy.at("/Properties/Bucket");
  ASSERT_NE(substituted, nullptr);
  EXPECT_EQ(substituted->location(), bucket);
  EXPECT_EQ(policy.pointer_of(substituted), "/Properties/Bucket");

  // Every value of every stack names its own file, substituted copies included.
  for (const auto& stack : result_.graph.stacks()) {
    std::vector<const Value*> todo{&stack->root};
    while (!todo.empty()) {
      const Value* v = todo.back();
      todo.pop_back();
      ASSERT_EQ(v->location().file, stack->file_id) << stack->name << " " << dump(*v);
      for (const Value& item : v->items()) todo.push_back(&item);
      for (const model::Member& m : v->members()) {
        ASSERT_EQ(m.key_location.file, stack->file_id) << stack->name << " " << m.key;
        todo.push_back(&m.value);
      }
    }
  }
}

TEST(NestedStackParametersInAssemblies, ABigValueUsedManyTimesIsALimitNotAMemoryBomb) {
  // The parent passes a 1,001-value list; the nested template uses it 2,000 times:
  // 2 million copied values from two files of a few tens of kilobytes.
  TempDir dir;
  std::string big = "[";
  for (int i = 0; i < 1000; ++i) big += (i ? ",\"" : "\"") + std::to_string(i) + "\"";
  big += "]";
  dir.write("cdk.out/cdk.out", R"({"version":"36.0.0"})");
  dir.write("cdk.out/manifest.json", R"({"version":"36.0.0","artifacts":{"Parent":{
      "type":"aws:cloudformation:stack","properties":{"templateFile":"Parent.template.json"}}}})");
  dir.write("cdk.out/Parent.template.json", R"({"Resources":{"Child":{"Type":"AWS::CloudFormation::Stack",
      "Properties":{"Parameters":{"P":)" + big + R"(}},
      "Metadata":{"aws:asset:path":"ParentChild.nested.template.json"}}}})");
  std::string uses;
  for (int i = 0; i < 2000; ++i) uses += std::string(i ? "," : "") + R"({"Ref":"P"})";
  dir.write("cdk.out/ParentChild.nested.template.json",
            R"({"Parameters":{"P":{"Type":"String"}},"Resources":{"Q":{"Type":"AWS::SQS::Queue",
                          "Properties":{"Tags":[)" + uses + "]}}}}");
  ChangeDir cd(dir.path());
  const LoadResult r = load({"cdk.out"}, {});
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].file, "cdk.out/ParentChild.nested.template.json");
  EXPECT_NE(r.diagnostics[0].message.find("nested stack parameters expand to more than 1000000 values"),
            std::string::npos)
      << r.diagnostics[0].message;
  EXPECT_NE(r.graph.find_stack("Parent"), nullptr);  // the parent itself is still checked
}

TEST(NestedStackParametersOutsideAssemblies, LooseNestedTemplateIsReadAsWritten) {
  TempDir dir;
  testing::copy_fixture("cdk-classes", dir.path() / "copy");
  std::filesystem::remove(dir.path() / "copy/manifest.json");
  ChangeDir cd(dir.path());
  const LoadResult r = load({"copy/Parent.template.json", "copy/ParentChild5E6F7A8B.nested.template.json"}, {});
  const model::Stack* child = r.graph.find_stack("ParentChild5E6F7A8B.nested");
  ASSERT_NE(child, nullptr) << r.graph.stacks().size();
  EXPECT_EQ(at(*child->find("ReaderPolicy9C8B7A6D"), "/Properties/Bucket"),
            R"({"Ref":"referencetoParentBucket83908E77Ref"})");
}

}  // namespace
}  // namespace infralint::loaders
