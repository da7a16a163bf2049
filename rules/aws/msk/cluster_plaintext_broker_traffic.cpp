// AwsSolutions-MSK3 (cdk-nag MSKBrokerToBrokerTLS): an MSK cluster's brokers should talk
// to each other over TLS.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::msk {

using model::Resource;
using model::Value;

class ClusterPlaintextBrokerTraffic final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-msk-cluster-plaintext-broker-traffic",
      .title = "MSK cluster brokers replicate in plaintext",
      .resource_types = {"AWS::MSK::Cluster"},
      .what = "An MSK cluster whose EncryptionInfo.EncryptionInTransit.InCluster is the boolean "
              "false. Absent passes (the service default is TLS), and like cdk-nag so does the "
              "string \"false\".",
      .why = "Brokers copy every partition to each other; without TLS that replication traffic, "
             "which is all of the cluster's data, crosses the network in clear text.",
      .fix_cfn = "EncryptionInfo:\n  EncryptionInTransit:\n    InCluster: true",
      .fix_cdk = "new msk.CfnCluster(this, 'Kafka', { encryptionInfo: { encryptionInTransit: { "
                 "inCluster: true } }, ... })",
      .cdk_nag_quirks = "Only the boolean false fails; the string \"false\" passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* info = cluster.property("EncryptionInfo");
    if (js::is_nullish(info)) return Verdict::compliant();
    const Value* in_transit = js::get(info, "EncryptionInTransit");
    if (js::is_nullish(in_transit)) return Verdict::compliant();
    const Value* in_cluster = resolve_if_primitive(js::get(in_transit, "InCluster"), "InCluster");
    if (js::is_false(in_cluster)) return Verdict::violation(in_cluster, "brokers replicate to each other without TLS");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterPlaintextBrokerTraffic)

}  // namespace infralint::rules::aws::msk
