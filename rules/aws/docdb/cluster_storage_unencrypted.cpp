// AwsSolutions-DOC1 (cdk-nag DocumentDBClusterEncryptionAtRest): DocumentDB clusters
// should encrypt their storage.
#include "aws/common/db_cluster_checks.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::docdb {

using model::Resource;

class ClusterStorageUnencrypted final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-docdb-cluster-storage-unencrypted",
      .title = "DocumentDB cluster storage is not encrypted",
      .resource_types = {"AWS::DocDB::DBCluster"},
      .what = "A DocumentDB cluster whose StorageEncrypted is missing or falsy (false, 0, \"\"; any "
              "non-empty string counts as enabled).",
      .why = "Unencrypted cluster storage leaves the documents, indexes, automated backups and "
             "snapshots readable to whoever obtains a copy of them.",
      .fix_cfn = "StorageEncrypted: true\nKmsKeyId: !Ref DocumentsKey",
      .fix_cdk = "new docdb.DatabaseCluster(this, 'Docs', { storageEncrypted: true, ... })",
      .cdk_nag_quirks = "StorageEncrypted is tested for truthiness, so the string \"false\" "
                        "counts as enabled.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override { return judge_cluster_storage_encrypted(cluster); }
};

INFRALINT_RULE_INSTANCE(ClusterStorageUnencrypted)

}  // namespace infralint::rules::aws::docdb
