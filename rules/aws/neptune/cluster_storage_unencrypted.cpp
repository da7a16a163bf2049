// AwsSolutions-N4 (cdk-nag NeptuneClusterEncryptionAtRest): Neptune clusters should
// encrypt their storage.
#include "aws/common/db_cluster_checks.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::neptune {

using model::Resource;

class ClusterStorageUnencrypted final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-neptune-cluster-storage-unencrypted",
      .title = "Neptune cluster storage is not encrypted",
      .resource_types = {"AWS::Neptune::DBCluster"},
      .what = "A Neptune DB cluster whose StorageEncrypted is missing or falsy (false, 0, \"\"; any "
              "non-empty string counts as enabled).",
      .why = "Unencrypted cluster storage leaves the graph data, its automated backups, snapshots "
             "and replicas readable to whoever obtains a copy of them.",
      .fix_cfn = "StorageEncrypted: true\nKmsKeyId: !Ref GraphKey",
      .fix_cdk = "new neptune.CfnDBCluster(this, 'Graph', { storageEncrypted: true, ... })",
      .cdk_nag_quirks = "StorageEncrypted is tested for truthiness, so the string \"false\" "
                        "counts as enabled.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override { return judge_cluster_storage_encrypted(cluster); }
};

INFRALINT_RULE_INSTANCE(ClusterStorageUnencrypted)

}  // namespace infralint::rules::aws::neptune
