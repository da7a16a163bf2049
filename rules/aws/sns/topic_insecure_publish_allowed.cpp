// AwsSolutions-SNS3 (cdk-nag SNSTopicSSLPublishOnly): an unencrypted topic needs a topic
// policy that denies sns:Publish to everyone when aws:SecureTransport is false.
#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/common/same_stack.hpp"
#include "aws/iam/policy.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::sns {

using model::Resource;
using model::Value;

namespace {

// isMatchingCompliantPolicy: the policy names the topic (by logical id, or by a
// reference ending in its name) and has a statement denying insecure publishing.
bool requires_tls(const Resource& policy, const Resource& topic, const Value* topic_name) {
  bool names_topic = false;
  for (const Value* entry : js::Elements(policy.property("Topics"))) {
    const Referent target = Referent::of(entry);
    if (target.is(topic.id) || (topic_name != nullptr && target.ends_with(js::to_string(topic_name)))) {
      names_topic = true;
      break;
    }
  }
  if (!names_topic) return false;
  // Only sns:Publish counts here: a bare "*" does not, as in cdk-nag.
  static constexpr iam::ActionTest kPublish{.star_counts = false, .lowered = "sns:publish"};
  for (const Value* statement : iam::statements_of(policy.property("PolicyDocument")))
    if (iam::denies_insecure_transport(statement, kPublish)) return true;
  return false;
}

}  // namespace

class TopicInsecurePublishAllowed final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-sns-topic-insecure-publish-allowed",
      .title = "SNS topic accepts publishing without TLS",
      .resource_types = {"AWS::SNS::Topic"},
      .what = "An SNS topic without KmsMasterKeyId for which no topic policy of the same stack "
              "(naming the topic by reference or by an ARN ending in its TopicName) has a statement "
              "denying \"sns:Publish\" to every principal when aws:SecureTransport is false. A "
              "statement that denies only \"*\" does not count.",
      .why = "Without the deny, publishers may send messages over plain HTTP, where their content and "
             "the request signatures can be read or altered in transit.",
      .fix_cfn = "PolicyDocument:\n"
                 "  Statement:\n"
                 "    - Effect: Deny\n"
                 "      Principal: '*'\n"
                 "      Action: sns:Publish\n"
                 "      Resource: !Ref Alerts\n"
                 "      Condition: {Bool: {'aws:SecureTransport': false}}",
      .fix_cdk = "new sns.Topic(this, 'Alerts', { enforceSSL: true })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& topic) const override {
    if (topic.property("KmsMasterKeyId") != nullptr) return Verdict::compliant();
    const Value* name = topic.property("TopicName");
    for (const Resource* policy : same_stack(topic, {"AWS::SNS::TopicPolicy"}))
      if (requires_tls(*policy, topic, name)) return Verdict::compliant();
    return Verdict::violation(nullptr, "no topic policy of the stack denies publishing without TLS");
  }
};

INFRALINT_RULE_INSTANCE(TopicInsecurePublishAllowed)

}  // namespace infralint::rules::aws::sns
