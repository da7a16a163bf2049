#include "aws/common/db_cluster_checks.hpp"

#include <optional>

#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rules.hpp"

namespace infralint::rules::aws {

using model::Value;

Verdict judge_cluster_storage_encrypted(const model::Resource& cluster) {
  const Value* written = cluster.property("StorageEncrypted");
  if (js::is_nullish(written)) return Verdict::violation(written, "the cluster does not encrypt its storage");
  const Value* encrypted = resolve_if_primitive(written, "StorageEncrypted");
  if (!js::truthy(encrypted)) return Verdict::violation(encrypted, "the cluster does not encrypt its storage");
  return Verdict::compliant();
}

Verdict judge_cluster_backup_retention(const model::Resource& cluster) {
  const Value* retention = resolve_if_primitive(cluster.property("BackupRetentionPeriod"), "BackupRetentionPeriod");
  if (js::is_nullish(retention))
    return Verdict::violation(retention, "the cluster keeps backups for the default single day");
  // `retention < 7` through ToNumber: NaN never compares.
  const std::optional<double> days = js::to_number(retention);
  if (days && *days < 7) return Verdict::violation(retention, "the cluster keeps backups for less than 7 days");
  return Verdict::compliant();
}

}  // namespace infralint::rules::aws
