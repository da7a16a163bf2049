// Cognito: user pools (aws_cognito_user_pool as AWS::Cognito::UserPool, the password
// policy under Policies.PasswordPolicy) and identity pools.
#include "terraform/adapter.hpp"
#include "terraform/aws/block_fields.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// A password_policy block left out is absent, as in CloudFormation (the service then
// applies its own policy, which the rule does not assume); an unknown block has every
// setting unknown.
Value policies(const AdapterContext& ctx) {
  const Value* block = single_block(&ctx.values(), "password_policy");
  if (block == nullptr) return Value();
  ObjectBuilder password;
  password.copy("MinimumLength", field(block, "minimum_length"))
      .copy("RequireLowercase", field(block, "require_lowercase"))
      .copy("RequireNumbers", field(block, "require_numbers"))
      .copy("RequireSymbols", field(block, "require_symbols"))
      .copy("RequireUppercase", field(block, "require_uppercase"))
      .copy("TemporaryPasswordValidityDays", field(block, "temporary_password_validity_days"));
  return ObjectBuilder().set("PasswordPolicy", password.build(block->location())).build(block->location());
}

}  // namespace

// mfa_configuration left out is the provider's documented default "OFF".
std::optional<Adapted> adapt_cognito_user_pool(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("UserPoolName", ctx.attribute("name"));
  if (const Value* mfa = ctx.attribute("mfa_configuration")) p.copy("MfaConfiguration", mfa);
  else p.set("MfaConfiguration", provider_default(Value::string("OFF", ctx.location()), ctx));
  p.set("Policies", policies(ctx));
  p.copy("UserPoolTier", unless_empty(ctx.attribute("user_pool_tier")));
  if (const Value* add_ons = single_block(&ctx.values(), "user_pool_add_ons"))
    p.set("UserPoolAddOns",
          ObjectBuilder().copy("AdvancedSecurityMode", field(add_ons, "advanced_security_mode")).build(add_ons->location()));
  p.copy("DeletionProtection", ctx.attribute("deletion_protection"));
  p.copy("UserPoolTags", ctx.attribute("tags"));  // a map, as CloudFormation's UserPoolTags
  return Adapted{"AWS::Cognito::UserPool", p.build(ctx.values().location())};
}

// allow_unauthenticated_identities left out is the provider's default, false.
std::optional<Adapted> adapt_cognito_identity_pool(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("IdentityPoolName", ctx.attribute("identity_pool_name"));
  if (const Value* allow = ctx.attribute("allow_unauthenticated_identities"))
    p.copy("AllowUnauthenticatedIdentities", allow);
  else
    p.set("AllowUnauthenticatedIdentities", provider_default(Value::boolean(false, ctx.location()), ctx));
  p.copy("AllowClassicFlow", ctx.attribute("allow_classic_flow"));
  p.copy("IdentityPoolTags", ctx.attribute("tags"));
  return Adapted{"AWS::Cognito::IdentityPool", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
