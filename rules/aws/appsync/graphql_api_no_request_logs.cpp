// AwsSolutions-ASC3 (cdk-nag AppSyncGraphQLRequestLogging): a GraphQL API should log its
// requests to CloudWatch, with their full content.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::appsync {

using model::Resource;
using model::Value;

class GraphqlApiNoRequestLogs final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-appsync-graphql-api-no-request-logs",
      .title = "AppSync GraphQL API does not log requests in full",
      .resource_types = {"AWS::AppSync::GraphQLApi"},
      .what = "An AppSync GraphQL API without LogConfig, whose LogConfig has no CloudWatchLogsRoleArn, "
              "or whose LogConfig.ExcludeVerboseContent is the boolean true.",
      .why = "Request logs with their content (headers, context, resolver mapping templates) are what "
             "reconstructs who asked for which data and why a resolver answered as it did.",
      .fix_cfn = "LogConfig:\n"
                 "  CloudWatchLogsRoleArn: !GetAtt AppSyncLogsRole.Arn\n"
                 "  FieldLogLevel: ERROR\n"
                 "  ExcludeVerboseContent: false",
      .fix_cdk = "new appsync.GraphqlApi(this, 'Api', { logConfig: { fieldLogLevel: "
                 "appsync.FieldLogLevel.ERROR, excludeVerboseContent: false }, ... })",
      .cdk_nag_quirks = "ExcludeVerboseContent is resolved before the CloudWatchLogsRoleArn "
                        "check, so an intrinsic there makes the rule unable to decide even when "
                        "the role is missing.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& api) const override {
    const Value* config = api.property("LogConfig");
    if (config == nullptr) return Verdict::violation(nullptr, "the API has no log configuration");
    const Value* exclude = resolve_if_primitive(js::get(config, "ExcludeVerboseContent"), "ExcludeVerboseContent");
    if (js::get(config, "CloudWatchLogsRoleArn") == nullptr)
      return Verdict::violation(config, "the API's log configuration names no CloudWatch Logs role");
    if (js::is_true(exclude)) return Verdict::violation(exclude, "the API leaves the content of requests out of its logs");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(GraphqlApiNoRequestLogs)

}  // namespace infralint::rules::aws::appsync
