// SQS: aws_sqs_queue as AWS::SQS::Queue, with its redrive policy (inline, or from an
// aws_sqs_queue_redrive_policy naming it) read from JSON text into RedrivePolicy;
// aws_sqs_queue_policy as AWS::SQS::QueuePolicy, which SQS4 looks for beside the queue.
// The queue's own `policy` attribute becomes such a QueuePolicy too, a companion.
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/policy_json.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

// The redrive policy text as CloudFormation's object. "" is the provider's "none".
// A plan that only knows the policy refers to one queue gives that reference; it
// can only be the dead-letter target, the policy's one reference. Anything else
// unreadable stays unknown: present, as an intrinsic RedrivePolicy is.
Value redrive_policy(const Value* text) {
  if (text == nullptr || (text->is_string() && text->as_string().empty())) return Value();
  if (std::optional<Value> parsed = parse_json_text(text)) return std::move(*parsed);
  if (text->intrinsic() == "Fn::GetAtt" || text->intrinsic() == "Ref")
    return ObjectBuilder().set("deadLetterTargetArn", *text).build(text->location());
  return unknown_value(text->location());
}

// The queue's inline policy as the AWS::SQS::QueuePolicy CloudFormation would need
// for it, naming the queue by its address; "" is the provider's "none".
std::vector<Adapted::Companion> inline_policy(const AdapterContext& ctx) {
  const Value* policy = ctx.attribute("policy");
  if (policy == nullptr || (policy->is_string() && policy->as_string().empty())) return {};
  ObjectBuilder p;
  const Value queue = ref_to(ctx.resource().address, policy->location());
  p.set("Queues", list_of(&queue));
  if (std::optional<Value> document = parse_policy(policy)) p.set("PolicyDocument", std::move(*document));
  return {Adapted::Companion{"policy", "AWS::SQS::QueuePolicy", p.build(policy->location())}};
}

}  // namespace

std::optional<Adapted> adapt_sqs_queue(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("QueueName", ctx.attribute("name"))
      .copy("FifoQueue", ctx.attribute("fifo_queue"))
      .copy("KmsMasterKeyId", ctx.attribute("kms_master_key_id"))
      .copy("SqsManagedSseEnabled", ctx.attribute("sqs_managed_sse_enabled"))
      .copy("VisibilityTimeout", ctx.attribute("visibility_timeout_seconds"))
      .copy("MessageRetentionPeriod", ctx.attribute("message_retention_seconds"));
  // A separate aws_sqs_queue_redrive_policy wins over the inline attribute, as the
  // later API call would.
  const auto satellites = ctx.satellites("aws_sqs_queue_redrive_policy", "queue_url", "url");
  p.set("RedrivePolicy", redrive_policy(satellites.empty() ? ctx.attribute("redrive_policy")
                                                           : attribute(&satellites.back()->values, "redrive_policy")));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::SQS::Queue", p.build(ctx.values().location()), inline_policy(ctx)};
}

// Queues holds the queue as a Ref to its address when queue_url refers to one (SQS4
// matches a policy to its queue that way), else the URL as written.
std::optional<Adapted> adapt_sqs_queue_policy(const AdapterContext& ctx) {
  ObjectBuilder p;
  const Value queue = ctx.reference_or_value("queue_url", "aws_sqs_queue");
  p.set("Queues", list_of(queue.is_null() ? nullptr : &queue));
  if (std::optional<Value> document = parse_policy(ctx.attribute("policy"))) p.set("PolicyDocument", std::move(*document));
  return Adapted{"AWS::SQS::QueuePolicy", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
