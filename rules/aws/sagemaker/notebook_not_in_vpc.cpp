// AwsSolutions-SM1 (cdk-nag SageMakerNotebookInVPC): a SageMaker notebook instance
// must run in a VPC subnet.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::sagemaker {

using model::Resource;
using model::Value;

class NotebookNotInVpc final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-sagemaker-notebook-not-in-vpc",
      .title = "SageMaker notebook instance is not placed in a VPC",
      .resource_types = {"AWS::SageMaker::NotebookInstance"},
      .what = "A SageMaker notebook instance without a SubnetId.",
      .why = "Outside a VPC the notebook's network traffic escapes security groups, network ACLs and "
             "flow logs, and it cannot reach private data stores through endpoints.",
      .fix_cfn = "SubnetId: !Ref PrivateSubnet\nSecurityGroupIds: [!Ref NotebookSecurityGroup]",
      .fix_cdk = "new sagemaker.CfnNotebookInstance(this, 'Notebook', { subnetId: subnet.subnetId, "
                 "securityGroupIds: [sg.securityGroupId], ... })",
      .cdk_nag_quirks = "Any intrinsic counts as a SubnetId, even a Ref to AWS::NoValue, which "
                        "removes the property.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& notebook) const override {
    const Value* subnet = notebook.property("SubnetId");
    if (js::is_nullish(subnet)) return Verdict::violation(subnet, "the notebook instance is not in a VPC subnet");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(NotebookNotInVpc)

}  // namespace infralint::rules::aws::sagemaker
