// AwsSolutions-EMR6 (cdk-nag EMRAuthEC2KeyPairOrKerberos): an EMR cluster should
// authenticate SSH users with an EC2 key pair or Kerberos.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::emr {

using model::Resource;
using model::Value;

class ClusterNoKeyPairOrKerberos final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-emr-cluster-no-key-pair-or-kerberos",
      .title = "EMR cluster has neither an EC2 key pair nor Kerberos",
      .resource_types = {"AWS::EMR::Cluster"},
      .what = "An EMR cluster without KerberosAttributes whose Instances name no Ec2KeyName. A "
              "cluster with neither KerberosAttributes nor Instances cannot be judged.",
      .why = "SSH access to the master node must be tied to someone: an EC2 key pair or Kerberos "
             "principals. With neither, access cannot be granted or revoked per person.",
      .fix_cfn = "Instances:\n  Ec2KeyName: emr-operators\n  # ...",
      .fix_cdk = "new emr.CfnCluster(this, 'Cluster', { instances: { ec2KeyName: 'emr-operators', ... }, ... })",
      .cdk_nag_quirks = "A cluster with neither KerberosAttributes nor Instances cannot be "
                        "judged.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    if (!js::is_nullish(cluster.property("KerberosAttributes"))) return Verdict::compliant();
    const Value* key_name = js::get(cluster.property("Instances"), "Ec2KeyName");
    if (js::is_nullish(key_name))
      return Verdict::violation(key_name, "the cluster uses neither an EC2 key pair nor Kerberos");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterNoKeyPairOrKerberos)

}  // namespace infralint::rules::aws::emr
