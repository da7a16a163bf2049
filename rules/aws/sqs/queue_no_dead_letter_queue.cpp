// AwsSolutions-SQS3 (cdk-nag SQSQueueDLQ): a queue needs a dead-letter queue unless it
// is itself the dead-letter queue of a queue or a Lambda function in its stack.
#include "aws/common/flatten_reference.hpp"
#include "aws/common/js_regex.hpp"
#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/same_stack.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::sqs {

using model::Resource;
using model::Value;

namespace {

// `x ?? ''` before flattening.
std::string flatten_or_empty(const Value* target) {
  return js::is_nullish(target) ? std::string() : flatten_reference(target);
}

// The dead-letter target another resource names, flattened; nullopt when the resource
// is neither a queue nor a Lambda function.
std::optional<std::string> dead_letter_target(const Resource& other) {
  if (other.type == "AWS::SQS::Queue")
    return flatten_or_empty(js::get_optional(other.property("RedrivePolicy"), "deadLetterTargetArn"));
  if (other.type == "AWS::Lambda::Function")
    return flatten_or_empty(js::get_optional(other.property("DeadLetterConfig"), "TargetArn"));
  return std::nullopt;
}

}  // namespace

class QueueNoDeadLetterQueue final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-sqs-queue-no-dead-letter-queue",
      .title = "SQS queue has no dead-letter queue",
      .resource_types = {"AWS::SQS::Queue"},
      .what = "An SQS queue without a RedrivePolicy that is not the dead-letter target of another "
              "queue's RedrivePolicy or a Lambda function's DeadLetterConfig in the same stack "
              "(matched by its logical id, or by \":<QueueName>\" in the target ARN).",
      .why = "A message that can never be processed is retried until it expires and is then lost, "
             "while it keeps consumers busy; a dead-letter queue keeps such messages aside for "
             "inspection and replay.",
      .fix_cfn = "RedrivePolicy:\n"
                 "  deadLetterTargetArn: !GetAtt OrdersDeadLetterQueue.Arn\n"
                 "  maxReceiveCount: 5",
      .fix_cdk = "new sqs.Queue(this, 'Orders', { deadLetterQueue: { queue: ordersDlq, maxReceiveCount: 5 } })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& queue) const override {
    if (queue.property("RedrivePolicy") != nullptr) return Verdict::compliant();
    const Value* name = queue.property("QueueName");
    // cdk-nag builds both patterns for every queue or function it visits, starting with
    // this queue (whose own empty target fails the first); building them once gives the
    // same answers.
    using Tail = js::NamePattern::Tail;
    const js::NamePattern names_queue({queue.id}, "\\w", Tail::NotFollowedBy, nullptr);
    std::optional<js::NamePattern> names_queue_name;
    if (name != nullptr) names_queue_name.emplace(std::vector{":" + js::to_string(name)}, "\\w\\-_\\.", Tail::NotFollowedBy, name);
    for (const Resource* other : same_stack(queue, {"AWS::SQS::Queue", "AWS::Lambda::Function"})) {
      const std::optional<std::string> target = dead_letter_target(*other);
      if (!target) continue;
      if (names_queue.test(*target) || (names_queue_name && names_queue_name->test(*target)))
        return Verdict::compliant();
    }
    return Verdict::violation(nullptr, "the queue has no dead-letter queue and serves as none");
  }
};

INFRALINT_RULE_INSTANCE(QueueNoDeadLetterQueue)

}  // namespace infralint::rules::aws::sqs
