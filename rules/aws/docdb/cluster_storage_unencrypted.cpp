// AwsSolutions-DOC1 (cdk-nag DocumentDBClusterEncryptionAtRest): DocumentDB clusters
// should encrypt their storage.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::docdb {

using model::Resource;
using model::Value;

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
  Verdict judge(const Resource& cluster) const override {
    const Value* written = cluster.property("StorageEncrypted");
    if (js::is_nullish(written)) return Verdict::violation(written, "the cluster does not encrypt its storage");
    const Value* encrypted = resolve_if_primitive(written, "StorageEncrypted");
    if (!js::truthy(encrypted)) return Verdict::violation(encrypted, "the cluster does not encrypt its storage");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterStorageUnencrypted)

}  // namespace infralint::rules::aws::docdb
