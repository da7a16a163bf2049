// AwsSolutions-MS10 (cdk-nag MediaStoreContainerLifecyclePolicy): a MediaStore
// container should have an object lifecycle policy.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::mediastore {

using model::Resource;
using model::Value;

class ContainerNoLifecyclePolicy final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-mediastore-container-no-lifecycle-policy",
      .title = "MediaStore container has no lifecycle policy",
      .resource_types = {"AWS::MediaStore::Container"},
      .what = "A MediaStore container without a LifecyclePolicy.",
      .why = "Without a lifecycle policy, objects stay until someone deletes them: old segments pile "
             "up, cost money, and widen what a leak would expose.",
      .fix_cfn = "LifecyclePolicy: '{\"rules\": [{\"definition\": {\"path\": [{\"wildcard\": \"*\"}], "
                 "\"days_since_create\": [{\"numeric\": [\">\", 30]}]}, \"action\": \"EXPIRE\"}]}'",
      .fix_cdk = "new mediastore.CfnContainer(this, 'Media', { containerName: 'media', lifecyclePolicy: "
                 "JSON.stringify(rules) })",
      .cdk_nag_quirks = "Any intrinsic counts as a LifecyclePolicy, even a Ref to AWS::NoValue, "
                        "which removes the property.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& container) const override {
    const Value* lifecycle = container.property("LifecyclePolicy");
    if (js::is_nullish(lifecycle)) return Verdict::violation(lifecycle, "the container has no lifecycle policy");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ContainerNoLifecyclePolicy)

}  // namespace infralint::rules::aws::mediastore
