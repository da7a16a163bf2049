// AwsSolutions-APIG1 (cdk-nag APIGWAccessLogging): REST, HTTP and WebSocket API stages
// should write access logs.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::apigateway {

using model::Resource;
using model::Value;

class StageNoAccessLogs final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-apigateway-stage-no-access-logs",
      .title = "API Gateway stage does not write access logs",
      .resource_types = {"AWS::ApiGateway::Stage", "AWS::ApiGatewayV2::Stage"},
      .what = "A REST API stage without AccessLogSetting, or an HTTP or WebSocket API stage without "
              "AccessLogSettings, or whose setting lacks a DestinationArn or a Format.",
      .why = "Access logs tell who called which route, from where and with what result: what an "
             "investigation of abuse, a credential leak or a failed deployment starts from.",
      .fix_cfn = "AccessLogSetting:\n"
                 "  DestinationArn: !GetAtt ApiAccessLogs.Arn\n"
                 "  Format: '$context.requestId $context.identity.sourceIp $context.routeKey $context.status'",
      .fix_cdk = "new apigateway.RestApi(this, 'Api', { deployOptions: { accessLogDestination: "
                 "new apigateway.LogGroupLogDestination(logs), accessLogFormat: "
                 "apigateway.AccessLogFormat.jsonWithStandardFields() } })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& stage) const override {
    const Value* setting =
        stage.property(stage.type == "AWS::ApiGateway::Stage" ? "AccessLogSetting" : "AccessLogSettings");
    if (js::is_nullish(setting)) return Verdict::violation(setting, "the stage writes no access logs");
    if (js::is_nullish(js::get(setting, "DestinationArn")) || js::is_nullish(js::get(setting, "Format")))
      return Verdict::violation(setting, "the stage's access log setting lacks a destination or a format");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(StageNoAccessLogs)

}  // namespace infralint::rules::aws::apigateway
