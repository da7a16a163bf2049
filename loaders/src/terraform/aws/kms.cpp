// KMS: aws_kms_key as AWS::KMS::Key. enable_key_rotation left out is the provider's
// default, false; left out here too, which KMS5 judges as "not true", the same.
// customer_master_key_spec is CloudFormation's KeySpec (default SYMMETRIC_DEFAULT,
// which KMS5 also assumes for an absent KeySpec).
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/policy_json.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

std::optional<Adapted> adapt_kms_key(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("Description", ctx.attribute("description"))
      .copy("EnableKeyRotation", ctx.attribute("enable_key_rotation"))
      .copy("RotationPeriodInDays", ctx.attribute("rotation_period_in_days"))
      .copy("KeySpec", ctx.attribute("customer_master_key_spec"))
      .copy("KeyUsage", ctx.attribute("key_usage"))
      .copy("Enabled", ctx.attribute("is_enabled"))
      .copy("MultiRegion", ctx.attribute("multi_region"))
      .copy("PendingWindowInDays", ctx.attribute("deletion_window_in_days"));
  if (std::optional<Value> document = parse_policy(ctx.attribute("policy"))) p.set("KeyPolicy", std::move(*document));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::KMS::Key", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
