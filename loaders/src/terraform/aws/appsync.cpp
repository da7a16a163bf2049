// AppSync: aws_appsync_graphql_api as AWS::AppSync::GraphQLApi, its log_config block
// as LogConfig.
#include "terraform/adapter.hpp"
#include "terraform/aws/block_fields.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

// exclude_verbose_content defaults to false in the provider; the rule only fails the
// boolean true, so leaving it out reads the same.
std::optional<Adapted> adapt_appsync_graphql_api(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("Name", ctx.attribute("name"))
      .copy("AuthenticationType", ctx.attribute("authentication_type"))
      .copy("XrayEnabled", ctx.attribute("xray_enabled"));
  if (const Value* log = single_block(&ctx.values(), "log_config")) {
    p.set("LogConfig", ObjectBuilder()
                           .copy("CloudWatchLogsRoleArn", unless_empty(field(log, "cloudwatch_logs_role_arn")))
                           .copy("FieldLogLevel", field(log, "field_log_level"))
                           .copy("ExcludeVerboseContent", field(log, "exclude_verbose_content"))
                           .build(log->location()));
  }
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::AppSync::GraphQLApi", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
