// AwsSolutions-L1 (cdk-nag LambdaLatestVersion): a function should run the newest
// runtime of its language family.
#include <re2/re2.h>

#include "aws/common/cannot_validate.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::lambda {

using model::Resource;
using model::Value;

namespace {

// cdk-nag compares with the newest runtime that the app's aws-cdk-lib knows, among
// those whose name starts with the runtime's family (the leading lowercase letters, so
// "p" also takes in python). The table holds that answer for every family prefix that
// matches anything, computed by cdk-nag's own code over Runtime.ALL of aws-cdk-lib
// 2.276.0 (with cdk-nag 2.38.2): a family outside it has no runtimes.
struct Latest {
  std::string_view family;
  std::string_view runtime;
};
constexpr Latest kLatestByFamily[] = {
    {"d", "dotnet10"},       {"do", "dotnet10"},        {"dot", "dotnet10"},       {"dotn", "dotnet10"},
    {"dotne", "dotnet10"},   {"dotnet", "dotnet10"},    {"dotnetc", "dotnetcore3.1"}, {"dotnetco", "dotnetcore3.1"},
    {"dotnetcor", "dotnetcore3.1"}, {"dotnetcore", "dotnetcore3.1"}, {"g", "go1.x"},  {"go", "go1.x"},
    {"j", "java25"},         {"ja", "java25"},          {"jav", "java25"},         {"java", "java25"},
    {"n", "nodejs24.x"},     {"no", "nodejs24.x"},      {"nod", "nodejs24.x"},     {"node", "nodejs24.x"},
    {"nodej", "nodejs24.x"}, {"nodejs", "nodejs24.x"},  {"p", "python3.15"},       {"pr", "provided.al2023"},
    {"pro", "provided.al2023"}, {"prov", "provided.al2023"}, {"provi", "provided.al2023"},
    {"provid", "provided.al2023"}, {"provide", "provided.al2023"}, {"provided", "provided.al2023"},
    {"py", "python3.15"},    {"pyt", "python3.15"},     {"pyth", "python3.15"},    {"pytho", "python3.15"},
    {"python", "python3.15"}, {"r", "ruby4.0"},         {"ru", "ruby4.0"},         {"rub", "ruby4.0"},
    {"ruby", "ruby4.0"},
};

const RE2& runtime_shape() {
  // cdk-nag's /^([a-z]+)(\d+(\.?\d+|\.x)?)?.*$/, with JavaScript's '.' spelled out.
  static const RE2 re(R"(^([a-z]+)(\d+(\.?\d+|\.x)?)?[^\n\r\x{2028}\x{2029}]*$)");
  return re;
}

}  // namespace

class FunctionOutdatedRuntime final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-lambda-function-outdated-runtime",
      .title = "Lambda function does not use the latest runtime of its language",
      .resource_types = {"AWS::Lambda::Function"},
      .what = "A Lambda function whose Runtime is not the newest version of its language family "
              "known to aws-cdk-lib 2.276.0 (for example python3.12 when python3.15 exists). "
              "Functions without a Runtime (container images) and custom runtimes (provided*) are "
              "not applicable.",
      .why = "Older runtimes stop receiving security patches and are eventually deprecated, after "
             "which functions can no longer be updated; moving early avoids a forced, rushed "
             "migration.",
      .fix_cfn = "Runtime: nodejs24.x",
      .fix_cdk = "new lambda.Function(this, 'Fn', { runtime: lambda.Runtime.NODEJS_24_X, ... })",
      .cdk_nag_quirks = "The newest runtime comes from the runtime list of aws-cdk-lib 2.276.0, "
                        "grouped by the leading lower-case letters of the name, so dotnetcore3.1 "
                        "is a family of its own and passes. A runtime that starts with an "
                        "upper-case letter, or whose family that list lacks, cannot be judged.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& function) const override {
    const Value* runtime = resolve_if_primitive(function.property("Runtime"), "Runtime");
    if (!js::truthy(runtime)) return Verdict::not_applicable();
    const std::string_view name = js::string_receiver(runtime, "match");
    std::string family;
    if (!RE2::FullMatch(name, runtime_shape(), &family))
      throw CannotValidate(runtime, "the runtime '" + std::string(name) + "' does not have the expected shape");
    if (family == "provided") return Verdict::not_applicable();
    const Latest* latest = nullptr;
    for (const Latest& row : kLatestByFamily)
      if (row.family == family) latest = &row;
    if (latest == nullptr)
      throw CannotValidate(runtime, "no known Lambda runtime belongs to the family '" + family + "'");
    if (name != latest->runtime)
      return Verdict::violation(runtime, std::string(name) + " is not the latest runtime, " +
                                             std::string(latest->runtime));
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(FunctionOutdatedRuntime)

}  // namespace infralint::rules::aws::lambda
