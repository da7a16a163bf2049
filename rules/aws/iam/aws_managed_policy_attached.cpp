// AwsSolutions-IAM4 (cdk-nag IAMNoManagedPolicies): users, roles and groups should not
// use AWS managed policies. One granular finding per policy ("Policy::<flattened ARN>").
#include <algorithm>

#include "aws/common/cannot_validate.hpp"
#include "aws/common/flatten_reference.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::iam {

using model::Resource;
using model::Value;

class AwsManagedPolicyAttached final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-iam-aws-managed-policy-attached",
      .title = "IAM identity uses an AWS managed policy",
      .resource_types = {"AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::User"},
      .what = "An IAM user, role or group whose ManagedPolicyArns holds an ARN in the AWS-owned "
              "namespace (\":iam::aws:\"). Each such policy is its own finding, named "
              "Policy::<ARN with references written as <Ref> and <Resource.Attribute>>, so one can be "
              "accepted while the others stay reported.",
      .why = "AWS managed policies are written for every customer at once: they grant broad action "
             "sets on all resources and AWS may widen them later, so the identity ends up with more "
             "access than its job needs.",
      .fix_cfn = "Policies:\n"
                 "  - PolicyName: read-reports\n"
                 "    PolicyDocument:\n"
                 "      Statement:\n"
                 "        - Effect: Allow\n"
                 "          Action: s3:GetObject\n"
                 "          Resource: !Sub '${Reports.Arn}/*'",
      .fix_cdk = "bucket.grantRead(role) or role.addToPolicy(new iam.PolicyStatement({...})) instead of "
                 "iam.ManagedPolicy.fromAwsManagedPolicyName(...)",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& identity) const override {
    const Value* arns = identity.property("ManagedPolicyArns");
    if (arns == nullptr) return Verdict::compliant();
    if (!arns->is_array()) throw CannotValidate(arns, "ManagedPolicyArns is not a list");
    std::vector<Verdict::Finding> found;
    for (const Value& arn : arns->items()) {
      std::string flat = flatten_reference(&arn);
      if (flat.find(":iam::aws:") == std::string::npos) continue;
      std::string id = "Policy::" + flat;
      if (std::none_of(found.begin(), found.end(), [&](const auto& f) { return f.granular_id == id; }))
        found.push_back({std::move(id), &arn, "an AWS managed policy is attached: " + flat});
    }
    return Verdict::findings(std::move(found));
  }
};

INFRALINT_RULE_INSTANCE(AwsManagedPolicyAttached)

}  // namespace infralint::rules::aws::iam
