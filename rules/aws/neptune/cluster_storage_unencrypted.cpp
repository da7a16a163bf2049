// AwsSolutions-N4 (cdk-nag NeptuneClusterEncryptionAtRest): Neptune clusters should
// encrypt their storage.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::neptune {

using model::Resource;
using model::Value;

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
  Verdict judge(const Resource& cluster) const override {
    const Value* written = cluster.property("StorageEncrypted");
    if (js::is_nullish(written)) return Verdict::violation(written, "the cluster does not encrypt its storage");
    const Value* encrypted = resolve_if_primitive(written, "StorageEncrypted");
    if (!js::truthy(encrypted)) return Verdict::violation(encrypted, "the cluster does not encrypt its storage");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterStorageUnencrypted)

}  // namespace infralint::rules::aws::neptune
