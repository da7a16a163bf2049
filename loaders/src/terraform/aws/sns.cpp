// SNS: aws_sns_topic as AWS::SNS::Topic and aws_sns_topic_policy as
// AWS::SNS::TopicPolicy, which SNS3 looks for beside an unencrypted topic. The topic's
// own `policy` attribute becomes such a TopicPolicy too, a companion.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/policy_json.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// The topic's inline policy as the AWS::SNS::TopicPolicy CloudFormation would need
// for it, naming the topic by its address; "" is the provider's "none".
std::vector<Adapted::Companion> inline_policy(const AdapterContext& ctx) {
  const Value* policy = ctx.attribute("policy");
  if (policy == nullptr || (policy->is_string() && policy->as_string().empty())) return {};
  ObjectBuilder p;
  const Value topic = ref_to(ctx.resource().address, policy->location());
  p.set("Topics", list_of(&topic));
  if (std::optional<Value> document = parse_policy(policy)) p.set("PolicyDocument", std::move(*document));
  return {Adapted::Companion{"policy", "AWS::SNS::TopicPolicy", p.build(policy->location())}};
}

}  // namespace

std::optional<Adapted> adapt_sns_topic(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("TopicName", ctx.attribute("name"))
      .copy("DisplayName", ctx.attribute("display_name"))
      .copy("FifoTopic", ctx.attribute("fifo_topic"))
      .copy("KmsMasterKeyId", ctx.attribute("kms_master_key_id"));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::SNS::Topic", p.build(ctx.values().location()), inline_policy(ctx)};
}

// The policy's `arn` names the topic: a GetAtt of its address when it refers to one
// (SNS3 matches the policy to the topic that way), else the ARN as written.
std::optional<Adapted> adapt_sns_topic_policy(const AdapterContext& ctx) {
  ObjectBuilder p;
  const Value topic = ctx.reference_or_value("arn", "aws_sns_topic");
  p.set("Topics", list_of(topic.is_null() ? nullptr : &topic));
  if (std::optional<Value> document = parse_policy(ctx.attribute("policy"))) p.set("PolicyDocument", std::move(*document));
  return Adapted{"AWS::SNS::TopicPolicy", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
