// Judgements cdk-nag repeats word for word for DocumentDB and Neptune clusters
// (DOC1/N4 storage encryption, DOC4/N3 backup retention): one port serves both.
#pragma once

#include "aws/common/nag_rule.hpp"
#include "infralint/model/resource.hpp"

namespace infralint::rules::aws {

// StorageEncrypted missing or falsy (after resolveIfPrimitive) is a violation.
Verdict judge_cluster_storage_encrypted(const model::Resource& cluster);

// BackupRetentionPeriod missing, or below 7 days through JavaScript's ToNumber, is a
// violation; a value that is not a number never compares and passes.
Verdict judge_cluster_backup_retention(const model::Resource& cluster);

}  // namespace infralint::rules::aws
