// Nesting as deep as the limits allow, through every stage (issue 5): the readers
// accept 512 levels, so every recursive path after them (value copies, equality and
// destruction, JSON pointers, the intrinsic resolver, the rules' helpers, the
// reporters) must handle 512 levels, and a CDK nested stack that receives a deep
// parameter value at a deep Ref (about 1,000 levels), without running out of stack.
// The asan preset runs this with AddressSanitizer's larger frames, on TBB's worker
// threads (--jobs 2) as well as the main thread (--jobs 1).
#include <gtest/gtest.h>

#include <filesystem>
#include <iterator>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "run.hpp"

namespace fs = std::filesystem;

namespace {

// Containers nested inside a property value: with the template's own levels
// (root, Resources, the resource, Properties, and up to five for a policy
// statement) this stays just inside the readers' 512.
constexpr int kChain = 500;

// Every resource type some rule of any pack looks at, from the catalogue.
std::set<std::string> resource_types() {
  e2e::Run run = e2e::infralint({"--list-rules", "--format", "json"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  std::set<std::string> out;
  const std::regex type("\"(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)\"");
  for (auto it = std::sregex_iterator(run.out.begin(), run.out.end(), type); it != std::sregex_iterator(); ++it)
    out.insert((*it)[1].str());
  return out;
}

// `levels` containers deep, in one of four shapes, ending in `leaf`.
std::string chain(int shape, int levels, const std::string& leaf) {
  std::string open, close;
  switch (shape % 4) {
    case 0:  // objects
      for (int i = 0; i < levels; ++i) open += "{\"K\":", close += "}";
      break;
    case 1:  // arrays
      open = std::string(static_cast<std::size_t>(levels), '[');
      close = std::string(static_cast<std::size_t>(levels), ']');
      break;
    case 2:  // Fn::Join inside Fn::Join: three containers a level
      for (int i = 0; i < levels / 3; ++i) open += "{\"Fn::Join\":[\"\",[", close += "]]}";
      break;
    default:  // Fn::If inside Fn::If: two containers a level
      for (int i = 0; i < levels / 2; ++i) open += "{\"Fn::If\":[\"Yes\",", close += ",\"no\"]}";
      break;
  }
  return open + leaf + close;
}

std::string statement(int& shape, int levels, const std::string& leaf) {
  std::string s = "{\"Statement\":[{\"Effect\":\"Allow\"";
  for (const char* key : {"Action", "Resource", "Principal", "Condition"})
    s += std::string(",\"") + key + "\":" + chain(shape++, levels, leaf);
  return s + "}]}";
}

// Properties where rules and their helpers walk values: policies, tags,
// environments, definitions, rules of security groups, and one of no meaning.
std::string deep_properties(int levels, const std::string& leaf) {
  int shape = 0;
  std::string p = "{";
  for (const char* key : {"PolicyDocument", "AssumeRolePolicyDocument", "KeyPolicy", "AccessPolicies"})
    p += std::string("\"") + key + "\":" + statement(shape, levels, leaf) + ",";
  p += "\"Policies\":[{\"PolicyName\":\"p\",\"PolicyDocument\":" + statement(shape, levels - 2, leaf) + "}],";
  p += "\"Tags\":[{\"Key\":" + chain(shape, levels, leaf) + ",\"Value\":" + chain(shape + 1, levels, leaf) + "}],";
  shape += 2;
  for (const char* key : {"Environment", "Code", "Definition", "DefinitionString", "DefinitionSubstitutions",
                          "SecurityGroupIngress", "ContainerDefinitions", "LoggingConfiguration",
                          "BucketEncryption", "VpcConfig", "Deep"})
    p += std::string("\"") + key + "\":" + chain(shape++, levels, leaf) + ",";
  p.back() = '}';
  return p;
}

std::string deep_template(const std::set<std::string>& types, int levels, const std::string& leaf,
                          const std::string& extra_sections = "") {
  std::string t = "{\"Conditions\":{\"Yes\":{\"Fn::Equals\":[\"a\",\"a\"]}}," + extra_sections + "\"Resources\":{";
  int n = 0;
  for (const std::string& type : types) {
    if (n) t += ",";
    t += "\"R" + std::to_string(n) + "\":{\"Type\":\"" + type + "\",\"Metadata\":" + chain(n, levels, leaf) +
         ",\"Properties\":" + deep_properties(levels, leaf) + "}";
    ++n;
  }
  return t + "}}\n";
}

void expect_scanned(const fs::path& dir, const std::string& path, const std::string& jobs, const std::string& files) {
  e2e::Run run = e2e::infralint(
      {"--packs", "all", "--jobs", jobs, "--fail-on", "never", "--sarif", "r.sarif", "--junit", "r.xml", "--json",
       "r.json", path},
      dir, 600);
  EXPECT_EQ(run.exit_code, 0) << "--jobs " << jobs << "\n" << run.err.substr(0, 2000);
  EXPECT_EQ(run.err.find("internal error"), std::string::npos) << run.err.substr(0, 2000);
  EXPECT_NE(run.out.find("scanned: " + files + ","), std::string::npos)
      << run.out.substr(run.out.size() > 2000 ? run.out.size() - 2000 : 0);
  // The rules really judged the deep resources (some findings are "could not
  // evaluate": a value nested past a helper's own depth cap).
  EXPECT_NE(e2e::read_file(dir / "r.json").find("\"ruleId\""), std::string::npos);
}

}  // namespace

TEST(DeepInput, EveryResourceTypeWithValuesAtTheDepthLimit) {
  const std::set<std::string> types = resource_types();
  ASSERT_GT(types.size(), 50u);
  e2e::TempDir dir;
  e2e::write_file(dir.path() / "deep.json", deep_template(types, kChain, "\"*\""));
  for (const char* jobs : {"1", "2"}) expect_scanned(dir.path(), "deep.json", jobs, "1 file");
}

TEST(DeepInput, NestedStackReceivingADeepValueAtADeepRef) {
  // The parent passes a 500-deep value; the nested template Refs it 500 levels down
  // in every resource's properties: after substitution, about 1,000 levels. Thirty
  // types keep the copies (a thousand Refs of 501 values) inside the copy budget.
  std::set<std::string> types = resource_types();
  while (types.size() > 30) types.erase(std::prev(types.end()));
  e2e::TempDir dir;
  const fs::path assembly = dir.path() / "cdk.out";
  e2e::write_file(assembly / "cdk.out", R"({"version":"36.0.0"})");
  e2e::write_file(assembly / "manifest.json", R"({"version":"36.0.0","artifacts":{"Parent":{
      "type":"aws:cloudformation:stack","properties":{"templateFile":"Parent.template.json"}}}})");
  e2e::write_file(assembly / "Parent.template.json",
                  "{\"Resources\":{\"Child\":{\"Type\":\"AWS::CloudFormation::Stack\",\"Properties\":{\"Parameters\":{"
                  "\"P\":" + chain(0, kChain, "\"*\"") +
                      "}},\"Metadata\":{\"aws:asset:path\":\"ParentChild.nested.template.json\"}}}}\n");
  e2e::write_file(assembly / "ParentChild.nested.template.json",
                  deep_template(types, kChain - 12, "{\"Ref\":\"P\"}", "\"Parameters\":{\"P\":{\"Type\":\"String\"}},"));
  for (const char* jobs : {"1", "2"}) expect_scanned(dir.path(), "cdk.out", jobs, "2 files");
}
