// AwsSolutions-VPC7 (cdk-nag VPCFlowLogsEnabled): every VPC needs a flow log.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/common/same_stack.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::ec2 {

using model::Resource;

class VpcNoFlowLogs final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-ec2-vpc-no-flow-logs",
      .title = "VPC has no flow log",
      .resource_types = {"AWS::EC2::VPC"},
      .what = "A VPC for which no AWS::EC2::FlowLog of the same stack has ResourceType \"VPC\" and a "
              "ResourceId that references the VPC (Ref or Fn::GetAtt).",
      .why = "Flow logs record which addresses talked to which over the network. Without them "
             "unexpected connections, exfiltration or a misrouted subnet leave no trace to examine.",
      .fix_cfn = "VpcFlowLog:\n"
                 "  Type: AWS::EC2::FlowLog\n"
                 "  Properties:\n"
                 "    ResourceType: VPC\n"
                 "    ResourceId: !Ref Vpc\n"
                 "    TrafficType: ALL\n"
                 "    LogDestinationType: s3\n"
                 "    LogDestination: !GetAtt FlowLogBucket.Arn",
      .fix_cdk = "vpc.addFlowLog('FlowLog') or new ec2.Vpc(this, 'Vpc', { flowLogs: { all: {} } })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& vpc) const override {
    for (const Resource* flow_log : same_stack(vpc, {"AWS::EC2::FlowLog"})) {
      const Resource& other = *flow_log;
      if (js::strict_equals(other.property("ResourceType"), "VPC") &&
          Referent::of(other.property("ResourceId")).is(vpc.id))
        return Verdict::compliant();
    }
    return Verdict::violation(nullptr, "no flow log of the stack is attached to this VPC");
  }
};

INFRALINT_RULE_INSTANCE(VpcNoFlowLogs)

}  // namespace infralint::rules::aws::ec2
