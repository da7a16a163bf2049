// AwsSolutions-SQS4 (cdk-nag SQSQueueSSLRequestsOnly): a queue needs a queue policy that
// denies its actions to everyone when aws:SecureTransport is false.
#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/common/same_stack.hpp"
#include "aws/iam/policy.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::sqs {

using model::Resource;
using model::Value;

namespace {

// isMatchingCompliantPolicy: the policy names the queue (by logical id, or by a
// reference ending in its name) and has a statement denying insecure transport.
bool requires_tls(const Resource& policy, const Resource& queue, const Value* queue_name) {
  bool names_queue = false;
  // The Queues list as the L1 holds it: an intrinsic standing for the whole list is
  // not iterable.
  for (const Value* entry : js::Elements(policy.property("Queues"))) {
    const Referent target = Referent::of(entry);
    if (target.is(queue.id) || (queue_name != nullptr && target.ends_with(js::to_string(queue_name)))) {
      names_queue = true;
      break;
    }
  }
  if (!names_queue) return false;
  static constexpr iam::ActionTest kSqsActions{.star_counts = true, .lowered = "sqs:*"};
  for (const Value* statement : iam::statements_of(policy.property("PolicyDocument")))
    if (iam::denies_insecure_transport(statement, kSqsActions)) return true;
  return false;
}

}  // namespace

class QueueInsecureTransportAllowed final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-sqs-queue-insecure-transport-allowed",
      .title = "SQS queue accepts requests without TLS",
      .resource_types = {"AWS::SQS::Queue"},
      .what = "An SQS queue for which no queue policy of the same stack (naming the queue by "
              "reference or by a URL ending in its QueueName) has a statement denying \"sqs:*\" or "
              "\"*\" to every principal when aws:SecureTransport is false.",
      .why = "Without the deny, producers and consumers may send and receive messages over plain "
             "HTTP, where message bodies and request signatures can be read or altered in transit.",
      .fix_cfn = "PolicyDocument:\n"
                 "  Statement:\n"
                 "    - Effect: Deny\n"
                 "      Principal: {AWS: '*'}\n"
                 "      Action: 'sqs:*'\n"
                 "      Resource: !GetAtt Orders.Arn\n"
                 "      Condition: {Bool: {'aws:SecureTransport': 'false'}}",
      .fix_cdk = "new sqs.Queue(this, 'Orders', { enforceSSL: true })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& queue) const override {
    const Value* name = queue.property("QueueName");
    for (const Resource* policy : same_stack(queue, {"AWS::SQS::QueuePolicy"}))
      if (requires_tls(*policy, queue, name)) return Verdict::compliant();
    return Verdict::violation(nullptr, "no queue policy of the stack denies requests made without TLS");
  }
};

INFRALINT_RULE_INSTANCE(QueueInsecureTransportAllowed)

}  // namespace infralint::rules::aws::sqs
