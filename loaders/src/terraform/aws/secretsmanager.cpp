// Secrets Manager: aws_secretsmanager_secret as AWS::SecretsManager::Secret, and
// aws_secretsmanager_secret_rotation as the AWS::SecretsManager::RotationSchedule
// SMG4 looks for beside the secret.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

std::optional<Adapted> adapt_secretsmanager_secret(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("Name", ctx.attribute("name"))
      .copy("Description", ctx.attribute("description"))
      .copy("KmsKeyId", ctx.attribute("kms_key_id"));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::SecretsManager::Secret", p.build(ctx.values().location())};
}

// SecretId is a Ref to the secret's address when secret_id refers to one (SMG4 matches
// the schedule to its secret that way), else the ARN or name as written. The rules
// block is copied as it stands, unknown included: SMG4 only asks which members exist.
std::optional<Adapted> adapt_secretsmanager_secret_rotation(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.set("SecretId", ctx.reference_or_value("secret_id", "aws_secretsmanager_secret"));
  p.copy("RotationLambdaARN", ctx.attribute("rotation_lambda_arn"))
      .copy("RotateImmediatelyOnUpdate", ctx.attribute("rotate_immediately"));
  const Value* rules = ctx.attribute("rotation_rules");
  if (rules != nullptr && is_unknown(*rules)) {
    p.set("RotationRules", *rules);
  } else if (const Value* block = first_block(&ctx.values(), "rotation_rules")) {
    ObjectBuilder r;
    r.copy("AutomaticallyAfterDays", attribute(block, "automatically_after_days"))
        .copy("ScheduleExpression", attribute(block, "schedule_expression"))
        .copy("Duration", attribute(block, "duration"));
    p.set("RotationRules", r.build(block->location()));
  }
  return Adapted{"AWS::SecretsManager::RotationSchedule", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
