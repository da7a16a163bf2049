// AwsSolutions-RS6 (cdk-nag RedshiftClusterEncryptionAtRest): a Redshift cluster should
// encrypt its storage.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::redshift {

using model::Resource;
using model::Value;

class ClusterUnencrypted final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-redshift-cluster-unencrypted",
      .title = "Redshift cluster storage is not encrypted",
      .resource_types = {"AWS::Redshift::Cluster"},
      .what = "A Redshift cluster without Encrypted, or whose Encrypted is falsy (false, 0, \"\"). "
              "Like cdk-nag, any non-empty string (even \"false\") counts as encrypted.",
      .why = "Encryption at rest keeps the data, its backups and snapshots unreadable to anyone who "
             "obtains the underlying storage or a copy of a snapshot outside the account's keys.",
      .fix_cfn = "Encrypted: true\nKmsKeyId: !Ref WarehouseKey",
      .fix_cdk = "new redshift.CfnCluster(this, 'Warehouse', { encrypted: true, kmsKeyId: key.keyId, ... })",
      .cdk_nag_quirks = "Encrypted is tested for truthiness, so the string \"false\" counts as "
                        "encrypted.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* written = cluster.property("Encrypted");
    if (js::is_nullish(written)) return Verdict::violation(written, "the cluster does not encrypt its storage");
    const Value* encrypted = resolve_if_primitive(written, "Encrypted");
    if (!js::truthy(encrypted)) return Verdict::violation(encrypted, "the cluster does not encrypt its storage");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterUnencrypted)

}  // namespace infralint::rules::aws::redshift
