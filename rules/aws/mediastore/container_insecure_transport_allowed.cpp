// AwsSolutions-MS3 (cdk-nag MediaStoreContainerSSLRequestsOnly): a MediaStore
// container's policy must deny its actions to everyone over plain HTTP.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/iam/policy.hpp"
#include "aws/mediastore/json_parse.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::mediastore {

using model::Resource;
using model::Value;

class ContainerInsecureTransportAllowed final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-mediastore-container-insecure-transport-allowed",
      .title = "MediaStore container accepts requests without TLS",
      .resource_types = {"AWS::MediaStore::Container"},
      .what = "A MediaStore container without a Policy, or whose Policy (a JSON document written as a "
              "string) has no statement denying \"mediastore:*\" or \"*\" to every principal when "
              "aws:SecureTransport is false. A Policy built with an intrinsic (Fn::Sub, Fn::Join) "
              "cannot be read before deploy.",
      .why = "Without the deny, clients may read and write media over plain HTTP, where content and "
             "request signatures can be read or altered on the way.",
      .fix_cfn = "Policy: !Sub |\n"
                 "  {\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"TlsOnly\", \"Effect\": \"Deny\",\n"
                 "    \"Principal\": \"*\", \"Action\": \"mediastore:*\",\n"
                 "    \"Resource\": \"arn:aws:mediastore:${AWS::Region}:${AWS::AccountId}:container/media/*\",\n"
                 "    \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"false\"}}}]}",
      .fix_cdk = "new mediastore.CfnContainer(this, 'Media', { containerName: 'media', policy: JSON.stringify({ "
                 "Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 'mediastore:*', "
                 "Resource: '...', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }) })",
      .cdk_nag_quirks = "The Policy goes through JSON.parse, so one built with Fn::Sub, Ref or "
                        "Fn::If (which becomes \"[object Object]\"), text that is not JSON, "
                        "\"null\", or a document whose Statement is a single object rather than a "
                        "list cannot be judged. A Statement given as a string is looped over "
                        "character by character and fails. A Deny statement that uses NotAction "
                        "instead of Action stops the rule undecided.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& container) const override {
    const Value* policy = container.property("Policy");
    if (policy == nullptr) return Verdict::violation(nullptr, "the container has no policy denying plain HTTP");
    // `JSON.parse(policy)`, then `for (... of parsed?.Statement)`: a text that does not
    // parse, or a document without a list of statements, stops the rule.
    const Value document = js::parse_json(*policy);
    static constexpr iam::ActionTest kMediaStoreActions{.star_counts = true, .lowered = "mediastore:*"};
    for (const Value* statement : js::Elements(js::get_optional(&document, "Statement")))
      if (iam::denies_insecure_transport(statement, kMediaStoreActions)) return Verdict::compliant();
    return Verdict::violation(policy, "no statement of the container policy denies requests made without TLS");
  }
};

INFRALINT_RULE_INSTANCE(ContainerInsecureTransportAllowed)

}  // namespace infralint::rules::aws::mediastore
