// AwsSolutions-VPC3 (cdk-nag VPCNoNACLs): every network ACL and ACL entry is reported, to
// point traffic control at security groups instead.
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::ec2 {

using model::Resource;

class NetworkAclInUse final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-ec2-network-acl-in-use",
      .title = "Network ACL in use",
      .resource_types = {"AWS::EC2::NetworkAcl", "AWS::EC2::NetworkAclEntry"},
      .what = "Every AWS::EC2::NetworkAcl and AWS::EC2::NetworkAclEntry, whatever its contents. The "
              "rule is a warning meant to be suppressed, with a reason, where an ACL is deliberate.",
      .why = "Network ACLs are stateless and apply to whole subnets, so return traffic needs its own "
             "rules and a mistake silently breaks every workload in the subnet. Security groups are "
             "stateful, attach to the resources they protect and are easier to reason about.",
      .fix_cfn = "# remove the NetworkAcl and its entries; control traffic with AWS::EC2::SecurityGroup "
                 "ingress and egress rules",
      .fix_cdk = "Drop new ec2.NetworkAcl(...) and use ec2.SecurityGroup with addIngressRule(), or "
                 "NagSuppressions.addResourceSuppressions(acl, [{ id: 'AwsSolutions-VPC3', reason: '...' }], true)",
      .cdk_nag_quirks = "There is no compliant outcome: every network ACL and ACL entry fails, "
                        "whatever it contains, so the only way past the rule is a suppression.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& acl) const override {
    return Verdict::violation(nullptr, acl.type == "AWS::EC2::NetworkAcl" ? "the stack defines a network ACL"
                                                                          : "the stack defines a network ACL entry");
  }
};

INFRALINT_RULE_INSTANCE(NetworkAclInUse)

}  // namespace infralint::rules::aws::ec2
