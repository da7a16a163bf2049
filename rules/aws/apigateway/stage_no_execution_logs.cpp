// AwsSolutions-APIG6 (cdk-nag APIGWExecutionLoggingEnabled): a REST API stage should
// log the execution of every method to CloudWatch.
#include <string_view>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::apigateway {

using model::Resource;
using model::Value;

namespace {

// A setting for every method of every resource ("*" on "/*") at level ERROR or INFO;
// the comparisons are JavaScript's loose ==.
bool logs_every_method(const Value* setting) {
  const Value* level = js::get_optional(setting, "LoggingLevel");
  return js::loose_equals(js::get_optional(setting, "HttpMethod"), std::string_view("*")) &&
         js::loose_equals(js::get_optional(setting, "ResourcePath"), std::string_view("/*")) &&
         (js::loose_equals(level, std::string_view("ERROR")) || js::loose_equals(level, std::string_view("INFO")));
}

}  // namespace

class StageNoExecutionLogs final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-apigateway-stage-no-execution-logs",
      .title = "REST API stage does not log method execution",
      .resource_types = {"AWS::ApiGateway::Stage"},
      .what = "A REST API stage without MethodSettings, or none of whose MethodSettings applies to "
              "every method (HttpMethod \"*\", ResourcePath \"/*\") with LoggingLevel ERROR or INFO.",
      .why = "Execution logs show how API Gateway handled each request (authorization, mapping, "
             "integration errors), which is what explains failures and suspicious calls that access "
             "logs only count.",
      .fix_cfn = "MethodSettings:\n"
                 "  - HttpMethod: '*'\n"
                 "    ResourcePath: /*\n"
                 "    LoggingLevel: ERROR",
      .fix_cdk = "new apigateway.RestApi(this, 'Api', { deployOptions: { loggingLevel: "
                 "apigateway.MethodLoggingLevel.ERROR } })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& stage) const override {
    const Value* settings = stage.property("MethodSettings");
    if (js::is_nullish(settings)) return Verdict::violation(settings, "the stage has no method settings");
    for (const Value* setting : js::Elements(settings))
      if (logs_every_method(setting)) return Verdict::compliant();
    return Verdict::violation(settings, "no method setting of the stage logs every method at ERROR or INFO");
  }
};

INFRALINT_RULE_INSTANCE(StageNoExecutionLogs)

}  // namespace infralint::rules::aws::apigateway
