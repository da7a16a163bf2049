// SNS: aws_sns_topic as AWS::SNS::Topic and aws_sns_topic_policy as
// AWS::SNS::TopicPolicy, which SNS3 looks for beside an unencrypted topic.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/policy_json.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

std::optional<Adapted> adapt_sns_topic(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("TopicName", ctx.attribute("name"))
      .copy("DisplayName", ctx.attribute("display_name"))
      .copy("FifoTopic", ctx.attribute("fifo_topic"))
      .copy("KmsMasterKeyId", ctx.attribute("kms_master_key_id"));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::SNS::Topic", p.build(ctx.values().location())};
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
