// AwsSolutions-DOC4 (cdk-nag DocumentDBClusterBackupRetentionPeriod): DocumentDB
// clusters should keep at least a week of backups.
#include "aws/common/db_cluster_checks.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::docdb {

using model::Resource;

class ClusterShortBackupRetention final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-docdb-cluster-short-backup-retention",
      .title = "DocumentDB cluster keeps backups for less than a week",
      .resource_types = {"AWS::DocDB::DBCluster"},
      .what = "A DocumentDB cluster whose BackupRetentionPeriod is missing (the service default is "
              "one day) or below 7. Numeric strings compare as numbers; text that is no number "
              "passes.",
      .why = "Automated backups bound how far back a point-in-time restore can go; a problem "
             "noticed after a weekend or a long holiday needs more than a day or two of history.",
      .fix_cfn = "BackupRetentionPeriod: 7",
      .fix_cdk = "new docdb.DatabaseCluster(this, 'Docs', { backup: { retention: Duration.days(7) }, ... })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override { return judge_cluster_backup_retention(cluster); }
};

INFRALINT_RULE_INSTANCE(ClusterShortBackupRetention)

}  // namespace infralint::rules::aws::docdb
