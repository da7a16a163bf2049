// AwsSolutions-RS5 (cdk-nag RedshiftClusterAuditLogging): a Redshift cluster should
// write audit logs.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::redshift {

using model::Resource;
using model::Value;

class ClusterNoAuditLogging final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-redshift-cluster-no-audit-logging",
      .title = "Redshift cluster does not write audit logs",
      .resource_types = {"AWS::Redshift::Cluster"},
      .what = "A Redshift cluster without LoggingProperties (or with LoggingProperties: null). What "
              "the properties contain is not examined.",
      .why = "Audit logs record connections, user changes and queries. Without them there is no "
             "trail to follow when credentials leak or data is read by someone who should not.",
      .fix_cfn = "LoggingProperties:\n"
                 "  BucketName: !Ref AuditLogBucket\n"
                 "  S3KeyPrefix: redshift/",
      .fix_cdk = "new redshift.CfnCluster(this, 'Warehouse', { loggingProperties: { bucketName: "
                 "logBucket.bucketName, s3KeyPrefix: 'redshift/' }, ... })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* logging = cluster.property("LoggingProperties");
    if (js::is_nullish(logging)) return Verdict::violation(logging, "the cluster writes no audit logs");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterNoAuditLogging)

}  // namespace infralint::rules::aws::redshift
