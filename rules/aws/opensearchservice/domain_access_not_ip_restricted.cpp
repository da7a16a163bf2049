// AwsSolutions-OS3 (cdk-nag OpenSearchAllowlistedIPs): every Allow statement of an
// OpenSearch or Elasticsearch domain's access policy should be limited to source IPs.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/opensearchservice/access_policy.hpp"
#include "aws/opensearchservice/js_length.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::opensearchservice {

using model::Resource;
using model::Value;

class DomainAccessNotIpRestricted final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-opensearchservice-domain-access-not-ip-restricted",
      .title = "OpenSearch domain grants access without an IP allow list",
      .resource_types = {"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
      .what = "An OpenSearch Service or Elasticsearch domain without an access policy, with no "
              "statements, or with an Allow statement whose Condition.IpAddress[\"aws:sourceIp\"] is "
              "absent or empty. The policy a CDK Domain sets through its AccessPolicy custom "
              "resource is read in place of the domain's AccessPolicies.",
      .why = "An allow list confines who can even try to reach the domain's endpoint to known "
             "networks, a second barrier behind authentication for data that is often sensitive.",
      .fix_cfn = "AccessPolicies:\n"
                 "  Statement:\n"
                 "    - Effect: Allow\n"
                 "      Principal: {AWS: !GetAtt SearchClientRole.Arn}\n"
                 "      Action: 'es:ESHttp*'\n"
                 "      Resource: '*'\n"
                 "      Condition: {IpAddress: {'aws:sourceIp': [203.0.113.0/24]}}",
      .fix_cdk = "domain.addAccessPolicies(new iam.PolicyStatement({ principals: [clientRole], actions: "
                 "['es:ESHttp*'], resources: [domain.domainArn + '/*'], conditions: { IpAddress: { "
                 "'aws:sourceIp': ['203.0.113.0/24'] } } }))",
      .cdk_nag_quirks = "For a CDK Domain the policy is read from the Fn::Join text in the Update "
                        "of its <scope>/AccessPolicy custom resource, not from AccessPolicies; an "
                        "Update in plain text or not valid JSON cannot be judged. Only statements "
                        "whose Effect is exactly \"Allow\" are examined, and the aws:sourceIp key "
                        "is matched case-sensitively.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& domain) const override {
    const DomainAccessPolicy policy(domain);
    const Value* document = policy.document();
    if (document == nullptr) return Verdict::violation(nullptr, "the domain has no access policy");
    const Value* statements = js::get_optional(document, "Statement");
    if (statements == nullptr || length_is_zero(statements))
      return Verdict::violation(document, "the domain's access policy has no statements");
    for (const Value* statement : js::Elements(statements)) {
      if (!js::strict_equals(js::get(statement, "Effect"), "Allow")) continue;
      const Value* condition = js::get_optional(statement, "Condition");
      const Value* allowed = js::get_optional(js::get_optional(condition, "IpAddress"), "aws:sourceIp");
      if (allowed == nullptr || length_is_zero(allowed))
        return Verdict::violation(statement, "an Allow statement of the access policy is not limited to source IPs");
    }
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DomainAccessNotIpRestricted)

}  // namespace infralint::rules::aws::opensearchservice
