// AwsSolutions-LEX4 (cdk-nag LexBotAliasEncryptedConversationLogs): a Lex bot alias (or
// a bot's test alias) that logs conversations must encrypt those logs with KMS.
#include "aws/common/cannot_validate.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/common/same_stack.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::lex {

using model::Resource;
using model::Value;

namespace {

// `x ?? []`, then `for (const log of x)`.
std::vector<const Value*> log_settings(const Value* settings) {
  std::vector<const Value*> out;
  if (js::is_nullish(settings)) return out;
  for (const Value* log : js::Elements(settings)) out.push_back(log);
  return out;
}

// The CDK class cdk-nag's `instanceof CfnLogGroup` accepts; an assembly may say a log
// group was made by another class (a plain CfnResource), which cdk-nag passes over.
bool is_l1_log_group(const Resource& group) {
  return group.construct_fqn.empty() || group.construct_fqn == default_l1_class(group.type);
}

}  // namespace

class BotConversationLogsUnencrypted final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-lex-bot-conversation-logs-unencrypted",
      .title = "Lex conversation logs are not encrypted with KMS",
      .resource_types = {"AWS::Lex::Bot", "AWS::Lex::BotAlias"},
      .what = "A Lex bot alias (or a bot's TestBotAliasSettings) with an enabled audio log whose S3 "
              "bucket destination has no KmsKeyArn, or an enabled text log whose CloudWatch log group "
              "(found in the same stack by reference) has no KmsKeyId. A text log group that is not "
              "in the stack cannot be judged.",
      .why = "Conversation logs hold what users said and typed to the bot, often personal data; "
             "with a KMS key, reading them takes a permission of its own and leaves a trail.",
      .fix_cfn = "ConversationLogSettings:\n"
                 "  TextLogSettings:\n"
                 "    - Enabled: true\n"
                 "      Destination:\n"
                 "        CloudWatch: {CloudWatchLogGroupArn: !GetAtt [BotLogs, Arn], LogPrefix: bot/}\n"
                 "# and on BotLogs (AWS::Logs::LogGroup): KmsKeyId: !GetAtt [LogsKey, Arn]",
      .fix_cdk = "new logs.LogGroup(this, 'BotLogs', { encryptionKey: logsKey }); and for audio logs: "
                 "s3Bucket: { s3BucketArn: bucket.bucketArn, kmsKeyArn: key.keyArn, logPrefix: 'audio/' }",
      .cdk_nag_quirks = "Audio logs are judged before text logs, so an unencrypted audio log is "
                        "reported even when a text log cannot be judged. Only Enabled: true (the "
                        "boolean) counts as enabled. A text log whose group is a literal ARN, an "
                        "Fn::Sub, a parameter or a group outside the stack cannot be judged, nor "
                        "can a log list written as an Fn::If.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& bot) const override {
    // A bot alias holds the settings itself; a bot holds them for its test alias.
    const Value* holder = bot.type == "AWS::Lex::BotAlias" ? &bot.properties() : bot.property("TestBotAliasSettings");
    const Value* settings = js::get_optional(holder, "ConversationLogSettings");
    if (settings == nullptr) return Verdict::compliant();

    for (const Value* log : log_settings(js::get(settings, "AudioLogSettings"))) {
      if (!js::is_true(js::get(log, "Enabled"))) continue;
      const Value* bucket = js::get(js::get(log, "Destination"), "S3Bucket");
      if (js::get(bucket, "KmsKeyArn") == nullptr)
        return Verdict::violation(bucket, "an audio log is written to S3 without a KMS key");
    }
    for (const Value* log : log_settings(js::get(settings, "TextLogSettings"))) {
      if (!js::is_true(js::get(log, "Enabled"))) continue;
      const Value* cloudwatch = js::get(js::get(log, "Destination"), "CloudWatch");
      const Value* arn = js::get(cloudwatch, "CloudWatchLogGroupArn");
      const Referent group_id = Referent::of(arn);
      const Resource* group = find_log_group(bot, group_id);
      if (group == nullptr)
        throw CannotValidate(arn, "the text log's group " + group_id.to_string() +
                                      " is not a log group of this stack, so its encryption cannot be checked");
      if (group->property("KmsKeyId") == nullptr)
        return Verdict::violation(arn, "a text log goes to log group " + group->id + ", which has no KMS key");
    }
    return Verdict::compliant();
  }

 private:
  // The first CfnLogGroup of the stack (nested stacks included) whose logical id is the
  // one the reference names.
  static const Resource* find_log_group(const Resource& bot, const Referent& group_id) {
    for (const Resource* group : same_stack(bot, {"AWS::Logs::LogGroup"}))
      if (is_l1_log_group(*group) && group_id.is(group->id)) return group;
    return nullptr;
  }
};

INFRALINT_RULE_INSTANCE(BotConversationLogsUnencrypted)

}  // namespace infralint::rules::aws::lex
