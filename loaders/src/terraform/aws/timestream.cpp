// Timestream: aws_timestreamwrite_database as AWS::Timestream::Database. Without
// kms_key_id the service uses its AWS managed key, which CloudFormation also spells as
// a missing KmsKeyId.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

std::optional<Adapted> adapt_timestreamwrite_database(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("DatabaseName", ctx.attribute("database_name")).copy("KmsKeyId", ctx.attribute("kms_key_id"));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::Timestream::Database", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
