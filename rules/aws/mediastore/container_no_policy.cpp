// AwsSolutions-MS7 (cdk-nag MediaStoreContainerHasContainerPolicy): a MediaStore
// container should have a container policy.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::mediastore {

using model::Resource;
using model::Value;

class ContainerNoPolicy final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-mediastore-container-no-policy",
      .title = "MediaStore container has no container policy",
      .resource_types = {"AWS::MediaStore::Container"},
      .what = "A MediaStore container without a Policy.",
      .why = "The container policy is where access is scoped to the principals and actions that need "
             "it (and where plain HTTP is refused); without one, only the callers' IAM policies "
             "decide.",
      .fix_cfn = "Policy: !Sub '{\"Version\": \"2012-10-17\", \"Statement\": [...]}'",
      .fix_cdk = "new mediastore.CfnContainer(this, 'Media', { containerName: 'media', policy: JSON.stringify(doc) "
                 "})",
      .cdk_nag_quirks = "Any intrinsic counts as a Policy, even a Ref to AWS::NoValue, which "
                        "removes the property.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& container) const override {
    const Value* policy = container.property("Policy");
    if (js::is_nullish(policy)) return Verdict::violation(policy, "the container has no container policy");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ContainerNoPolicy)

}  // namespace infralint::rules::aws::mediastore
