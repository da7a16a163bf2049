// Lex. The provider has no Lex V2 bot alias resource, and its Lex V2 bot
// (aws_lexv2models_bot) has no test alias settings, so conversation logs can only be
// configured on a Lex V1 alias (aws_lex_bot_alias). Its log settings carry the same
// facts the rule checks (an S3 audio log and its KMS key, a CloudWatch text log), so
// the alias is read as an AWS::Lex::BotAlias with ConversationLogSettings.
#include "terraform/adapter.hpp"
#include "terraform/aws/block_fields.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// A V1 log setting is on by being listed; V2 spells that Enabled: true.
Value enabled_at(const Value& setting) {
  Value on = Value::boolean(true, setting.location());
  on.set_origin(model::Origin::Defaulted);
  return on;
}

Value audio_log(const Value& setting) {
  ObjectBuilder bucket;
  bucket.copy("S3BucketArn", field(&setting, "resource_arn"))
      .copy("KmsKeyArn", unless_empty(field(&setting, "kms_key_arn")))
      .copy("LogPrefix", unless_empty(field(&setting, "resource_prefix")));
  return ObjectBuilder()
      .set("Enabled", enabled_at(setting))
      .set("Destination", ObjectBuilder().set("S3Bucket", bucket.build(setting.location())).build(setting.location()))
      .build(setting.location());
}

Value text_log(const Value& setting) {
  ObjectBuilder group;
  group.copy("CloudWatchLogGroupArn", field(&setting, "resource_arn"))
      .copy("LogPrefix", unless_empty(field(&setting, "resource_prefix")));
  return ObjectBuilder()
      .set("Enabled", enabled_at(setting))
      .set("Destination", ObjectBuilder().set("CloudWatch", group.build(setting.location())).build(setting.location()))
      .build(setting.location());
}

// log_settings split by log_type. A setting whose type is unknown may be an audio log:
// it is listed as one whose destination is unknown, which the rule cannot judge.
Value conversation_log_settings(const AdapterContext& ctx) {
  const Value* logs = single_block(&ctx.values(), "conversation_logs");
  if (logs == nullptr) return Value();
  const Value* list = field(logs, "log_settings");
  if (list != nullptr && is_unknown(*list)) {
    // Unknown settings: the rule loops over them and cannot loop over an unknown.
    return ObjectBuilder().copy("AudioLogSettings", list).copy("TextLogSettings", list).build(logs->location());
  }
  Value::Array audio;
  Value::Array text;
  for (const Value* setting : blocks(logs, "log_settings")) {
    const Value* type = field(setting, "log_type");
    if (type != nullptr && type->is_string() && type->as_string() == "TEXT") {
      text.push_back(text_log(*setting));
    } else if (type != nullptr && type->is_string() && type->as_string() == "AUDIO") {
      audio.push_back(audio_log(*setting));
    } else if (type != nullptr) {
      audio.push_back(ObjectBuilder()
                          .set("Enabled", enabled_at(*setting))
                          .set("Destination", unknown_value(type->location()))
                          .build(setting->location()));
    }
  }
  ObjectBuilder out;
  if (!audio.empty()) out.set("AudioLogSettings", Value::array(std::move(audio), logs->location()));
  if (!text.empty()) out.set("TextLogSettings", Value::array(std::move(text), logs->location()));
  return out.build(logs->location());
}

}  // namespace

std::optional<Adapted> adapt_lex_bot_alias(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("BotAliasName", ctx.attribute("name"))
      .copy("BotId", ctx.attribute("bot_name"))
      .copy("BotVersion", ctx.attribute("bot_version"))
      .copy("Description", unless_empty(ctx.attribute("description")));
  p.set("ConversationLogSettings", conversation_log_settings(ctx));
  return Adapted{"AWS::Lex::BotAlias", p.build(ctx.values().location())};
}

// Nothing of a V2 bot in the provider configures its test alias's conversation logs:
// the bot is adapted so it is judged (and passes) as a CloudFormation bot without
// TestBotAliasSettings would be.
std::optional<Adapted> adapt_lexv2models_bot(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("Name", ctx.attribute("name"))
      .copy("RoleArn", ctx.attribute("role_arn"))
      .copy("IdleSessionTTLInSeconds", ctx.attribute("idle_session_ttl_in_seconds"))
      .copy("Description", unless_empty(ctx.attribute("description")));
  if (const Value* privacy = single_block(&ctx.values(), "data_privacy"))
    p.set("DataPrivacy", ObjectBuilder().copy("ChildDirected", field(privacy, "child_directed")).build(privacy->location()));
  return Adapted{"AWS::Lex::Bot", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
