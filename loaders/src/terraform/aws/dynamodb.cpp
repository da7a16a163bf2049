// DynamoDB: aws_dynamodb_table as AWS::DynamoDB::Table. Point-in-time recovery is a
// block holding one switch in Terraform, a one-member object in CloudFormation.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/aws/settings.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

std::optional<Adapted> adapt_dynamodb_table(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("TableName", ctx.attribute("name")).copy("BillingMode", ctx.attribute("billing_mode"));
  // No block, or `enabled = false` (the provider's default when the block is left out):
  // recovery is off, as a missing specification is in CloudFormation.
  p.set("PointInTimeRecoverySpecification",
        switch_block(ctx, "point_in_time_recovery", "enabled", "PointInTimeRecoveryEnabled"));
  if (const Value* sse = first_block(&ctx.values(), "server_side_encryption")) {
    ObjectBuilder spec;
    spec.set("SSEEnabled", flag(attribute(sse, "enabled"))).copy("KMSMasterKeyId", attribute(sse, "kms_key_arn"));
    p.set("SSESpecification", spec.build(sse->location()));
  }
  p.copy("DeletionProtectionEnabled", ctx.attribute("deletion_protection_enabled"));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::DynamoDB::Table", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
