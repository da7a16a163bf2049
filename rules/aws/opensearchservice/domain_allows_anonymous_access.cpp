// AwsSolutions-OS5 (cdk-nag OpenSearchNoUnsignedOrAnonymousAccess): an OpenSearch or
// Elasticsearch domain's access policy should not allow a wildcard principal.
#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/opensearchservice/access_policy.hpp"
#include "aws/opensearchservice/js_length.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::opensearchservice {

using model::Resource;
using model::Value;

class DomainAllowsAnonymousAccess final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-opensearchservice-domain-allows-anonymous-access",
      .title = "OpenSearch domain allows unsigned or anonymous requests",
      .resource_types = {"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
      .what = "An OpenSearch Service or Elasticsearch domain without an access policy, with no "
              "statements, or with an Allow statement whose Principal, written out as JSON, contains "
              "a \"*\" anywhere. The policy a CDK Domain sets through its AccessPolicy custom "
              "resource is read in place of the domain's AccessPolicies.",
      .why = "A wildcard principal lets requests through without an AWS signature, so anyone who can "
             "reach the endpoint can read and change the indices.",
      .fix_cfn = "AccessPolicies:\n"
                 "  Statement:\n"
                 "    - Effect: Allow\n"
                 "      Principal: {AWS: !GetAtt SearchClientRole.Arn}\n"
                 "      Action: 'es:ESHttp*'\n"
                 "      Resource: '*'",
      .fix_cdk = "domain.grantReadWrite(clientRole)  // instead of a policy with principals: [new iam.AnyPrincipal()]",
      .cdk_nag_quirks = "For a CDK Domain the policy is read from its <scope>/AccessPolicy custom "
                        "resource (plain text or invalid JSON there cannot be judged). Any * in "
                        "an Allow statement's Principal counts, role/search-* included, and "
                        "Effect: [\"Allow\"] counts as Allow; a lone Statement object cannot be "
                        "judged and a Statement string passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& domain) const override {
    const DomainAccessPolicy policy(domain);
    const Value* document = policy.document();
    if (js::is_nullish(document)) return Verdict::violation(document, "the domain has no access policy");
    const Value* statements = js::get(document, "Statement");
    if (statements == nullptr || length_is_zero(statements))
      return Verdict::violation(document, "the domain's access policy has no statements");
    for (const Value* statement : js::Elements(statements)) {
      if (!js::loose_equals(js::get(statement, "Effect"), std::string_view("Allow"))) continue;
      const Value* principal = js::get(statement, "Principal");
      if (js::truthy(principal) && js::stringify(*principal).find('*') != std::string::npos)
        return Verdict::violation(principal, "an Allow statement of the access policy names a wildcard principal");
    }
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DomainAllowsAnonymousAccess)

}  // namespace infralint::rules::aws::opensearchservice
