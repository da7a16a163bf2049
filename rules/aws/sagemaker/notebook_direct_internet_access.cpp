// AwsSolutions-SM3 (cdk-nag SageMakerNotebookNoDirectInternetAccess): a SageMaker
// notebook instance must not have direct internet access.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::sagemaker {

using model::Resource;
using model::Value;

class NotebookDirectInternetAccess final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-sagemaker-notebook-direct-internet-access",
      .title = "SageMaker notebook instance has direct internet access",
      .resource_types = {"AWS::SageMaker::NotebookInstance"},
      .what = "A SageMaker notebook instance whose DirectInternetAccess is absent (the service "
              "default is Enabled) or anything but \"Disabled\".",
      .why = "With direct access the notebook reaches the internet through SageMaker's own network, "
             "bypassing the VPC's controls: data can leave, and code can be fetched, unseen.",
      .fix_cfn = "DirectInternetAccess: Disabled\nSubnetId: !Ref PrivateSubnet",
      .fix_cdk = "new sagemaker.CfnNotebookInstance(this, 'Notebook', { directInternetAccess: 'Disabled', "
                 "subnetId: subnet.subnetId, ... })",
      .cdk_nag_quirks = "DirectInternetAccess is compared case-sensitively: \"disabled\" fails.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& notebook) const override {
    const Value* access = resolve_if_primitive(notebook.property("DirectInternetAccess"), "DirectInternetAccess");
    if (js::is_nullish(access) || !js::loose_equals(access, "Disabled"))
      return Verdict::violation(access, "the notebook instance has direct internet access");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(NotebookDirectInternetAccess)

}  // namespace infralint::rules::aws::sagemaker
