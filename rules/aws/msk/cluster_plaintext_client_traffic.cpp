// AwsSolutions-MSK2 (cdk-nag MSKClientToBrokerTLS): an MSK cluster should accept only
// TLS connections from clients.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::msk {

using model::Resource;
using model::Value;

class ClusterPlaintextClientTraffic final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-msk-cluster-plaintext-client-traffic",
      .title = "MSK cluster accepts plaintext connections from clients",
      .resource_types = {"AWS::MSK::Cluster"},
      .what = "An MSK cluster whose EncryptionInfo.EncryptionInTransit.ClientBroker is set to "
              "anything other than TLS (PLAINTEXT or TLS_PLAINTEXT). An absent ClientBroker passes: "
              "the service then uses TLS.",
      .why = "Between clients and brokers travel the messages themselves and often credentials; "
             "allowing plaintext lets anything on the network path read or alter them.",
      .fix_cfn = "EncryptionInfo:\n  EncryptionInTransit:\n    ClientBroker: TLS",
      .fix_cdk = "new msk.CfnCluster(this, 'Kafka', { encryptionInfo: { encryptionInTransit: { "
                 "clientBroker: 'TLS' } }, ... })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* info = cluster.property("EncryptionInfo");
    if (js::is_nullish(info)) return Verdict::compliant();
    const Value* in_transit = js::get(info, "EncryptionInTransit");
    if (js::is_nullish(in_transit)) return Verdict::compliant();
    const Value* client_broker = resolve_if_primitive(js::get(in_transit, "ClientBroker"), "ClientBroker");
    if (!js::is_nullish(client_broker) && !js::loose_equals(client_broker, std::string_view("TLS")))
      return Verdict::violation(client_broker, "clients may connect to the brokers without TLS");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterPlaintextClientTraffic)

}  // namespace infralint::rules::aws::msk
