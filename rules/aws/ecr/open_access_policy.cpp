// AwsSolutions-ECR1 (cdk-nag ECROpenAccess): repository and registry policies should not
// grant access to any principal.
#include <string>
#include <string_view>

#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::ecr {

using model::Resource;
using model::Value;

class OpenAccessPolicy final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-ecr-open-access-policy",
      .title = "ECR policy allows any principal",
      .resource_types = {"AWS::ECR::Repository", "AWS::ECR::RegistryPolicy"},
      .what = "A repository's RepositoryPolicyText or a registry policy's PolicyText with an "
              "Effect: Allow statement whose Principal, written out as JSON, contains '*' anywhere "
              "(\"*\", {AWS: \"*\"}, an ARN with a wildcard). Conditions on the statement are not "
              "considered. Statement must be a list.",
      .why = "A wildcard principal lets every AWS account, not only yours, pull images (and with "
             "write actions, replace them), exposing code and secrets baked into images and opening "
             "the supply chain to tampering.",
      .fix_cfn = "RepositoryPolicyText:\n"
                 "  Statement:\n"
                 "    - Effect: Allow\n"
                 "      Principal: {AWS: arn:aws:iam::210987654321:root}\n"
                 "      Action: [ecr:BatchGetImage, ecr:GetDownloadUrlForLayer]",
      .fix_cdk = "repository.grantPull(new iam.AccountPrincipal('210987654321')) instead of "
                 "addToResourcePolicy with new iam.AnyPrincipal()",
      .cdk_nag_quirks = "Any * in the Principal written out as JSON counts as open, wildcard ARNs "
                        "and a * inside an Fn::If branch included; Conditions are ignored and "
                        "Effect: [\"Allow\"] counts as Allow. A policy written as a JSON string "
                        "passes, and a single Statement object (not in a list) cannot be judged.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& resource) const override {
    const Value* policy = resource.type == "AWS::ECR::RegistryPolicy" ? resource.property("PolicyText")
                                                                      : resource.property("RepositoryPolicyText");
    if (js::is_nullish(policy)) return Verdict::compliant();
    const Value* statements = js::get(policy, "Statement");
    if (js::is_nullish(statements)) return Verdict::compliant();
    for (const Value* statement : js::Elements(statements)) {
      if (!js::loose_equals(js::get(statement, "Effect"), std::string_view("Allow"))) continue;
      const Value* principal = js::get(statement, "Principal");
      // `Principal ? JSON.stringify(Principal) : ''`, then a plain substring test.
      if (js::truthy(principal) && js::stringify(*principal).find('*') != std::string::npos)
        return Verdict::violation(principal, "an Allow statement's principal contains a wildcard");
    }
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(OpenAccessPolicy)

}  // namespace infralint::rules::aws::ecr
