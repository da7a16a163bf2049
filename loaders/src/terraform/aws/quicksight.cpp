// QuickSight: aws_quicksight_data_source as AWS::QuickSight::DataSource, with its
// ssl_properties block as SslProperties.
#include "terraform/adapter.hpp"
#include "terraform/aws/block_fields.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

std::optional<Adapted> adapt_quicksight_data_source(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("DataSourceId", ctx.attribute("data_source_id"))
      .copy("Name", ctx.attribute("name"))
      .copy("Type", ctx.attribute("type"))
      .copy("AwsAccountId", ctx.attribute("aws_account_id"));
  if (const Value* ssl = single_block(&ctx.values(), "ssl_properties"))
    p.set("SslProperties", ObjectBuilder().copy("DisableSsl", field(ssl, "disable_ssl")).build(ssl->location()));
  return Adapted{"AWS::QuickSight::DataSource", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
