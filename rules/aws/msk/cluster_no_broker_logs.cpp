// AwsSolutions-MSK6 (cdk-nag MSKBrokerLogging): an MSK cluster should send its broker
// logs somewhere.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::msk {

using model::Resource;
using model::Value;

namespace {

// `destination.enabled` when the destination is set; cdk-nag reads all three
// destinations in turn, so an intrinsic flag on a later one stops the rule even after
// an earlier one was found enabled.
bool destination_enabled(const Value* broker_logs, std::string_view destination) {
  const Value* settings = js::get(broker_logs, destination);
  if (js::is_nullish(settings)) return false;
  return js::truthy(resolve_if_primitive(js::get(settings, "Enabled"), "Enabled"));
}

}  // namespace

class ClusterNoBrokerLogs final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-msk-cluster-no-broker-logs",
      .title = "MSK cluster sends its broker logs nowhere",
      .resource_types = {"AWS::MSK::Cluster"},
      .what = "An MSK cluster without LoggingInfo, or whose LoggingInfo.BrokerLogs enables none of "
              "S3, CloudWatchLogs and Firehose (Enabled truthy). A LoggingInfo without BrokerLogs "
              "cannot be judged.",
      .why = "Broker logs show client connections, authentication failures and broker errors; "
             "without them, troubleshooting and incident response on the cluster have nothing to "
             "read.",
      .fix_cfn = "LoggingInfo:\n  BrokerLogs:\n    CloudWatchLogs:\n      Enabled: true\n"
                 "      LogGroup: !Ref KafkaBrokerLogs",
      .fix_cdk = "new msk.CfnCluster(this, 'Kafka', { loggingInfo: { brokerLogs: { cloudWatchLogs: { "
                 "enabled: true, logGroup: logGroup.logGroupName } } }, ... })",
      .cdk_nag_quirks = "Enabled is tested for truthiness, so the string \"false\" counts as "
                        "enabled. All three destinations are read, so an intrinsic Enabled on a "
                        "later one makes the rule unable to decide even when S3 is enabled; a "
                        "LoggingInfo without BrokerLogs cannot be judged.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* logging = cluster.property("LoggingInfo");
    if (js::is_nullish(logging)) return Verdict::violation(logging, "the cluster keeps no broker logs");
    const Value* broker_logs = js::get(logging, "BrokerLogs");
    const bool to_s3 = destination_enabled(broker_logs, "S3");
    const bool to_cloudwatch = destination_enabled(broker_logs, "CloudWatchLogs");
    const bool to_firehose = destination_enabled(broker_logs, "Firehose");
    if (!to_s3 && !to_cloudwatch && !to_firehose)
      return Verdict::violation(broker_logs, "the cluster sends its broker logs to no destination");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterNoBrokerLogs)

}  // namespace infralint::rules::aws::msk
