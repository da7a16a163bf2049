// AwsSolutions-EMR2 (cdk-nag EMRS3AccessLogging): an EMR cluster should archive its
// logs to S3.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::emr {

using model::Resource;
using model::Value;

class ClusterNoS3Logging final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-emr-cluster-no-s3-logging",
      .title = "EMR cluster does not archive its logs to S3",
      .resource_types = {"AWS::EMR::Cluster"},
      .what = "An EMR cluster without a LogUri (or with LogUri: null).",
      .why = "Without a LogUri the step, application and node logs live only on the cluster's "
             "instances and disappear when it terminates, together with the record of what ran.",
      .fix_cfn = "LogUri: s3://emr-logs-bucket/clusters/",
      .fix_cdk = "new emr.CfnCluster(this, 'Cluster', { logUri: `s3://${logBucket.bucketName}/clusters/`, ... })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* log_uri = cluster.property("LogUri");
    if (js::is_nullish(log_uri)) return Verdict::violation(log_uri, "the cluster does not archive its logs to S3");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterNoS3Logging)

}  // namespace infralint::rules::aws::emr
