// AwsSolutions-RDS2 (cdk-nag RDSStorageEncrypted): database storage must be encrypted.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::rds {

using model::Resource;
using model::Value;

class StorageUnencrypted final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-rds-storage-unencrypted",
      .title = "RDS database storage is not encrypted",
      .resource_types = {"AWS::RDS::DBCluster", "AWS::RDS::DBInstance"},
      .what = "A DB cluster whose StorageEncrypted is missing or false, or a DB instance whose "
              "StorageEncrypted is missing or false unless its Engine names an Aurora engine (an "
              "Aurora instance takes its encryption from the cluster).",
      .why = "Unencrypted storage leaves the database files, automated backups, read replicas and "
             "snapshots readable to anyone who gets hold of a copy of them.",
      .fix_cfn = "StorageEncrypted: true\nKmsKeyId: !Ref DatabaseKey",
      .fix_cdk = "new rds.DatabaseInstance(this, 'Db', { storageEncrypted: true, ... }) "
                 "(DatabaseCluster: storageEncrypted: true)",
      .cdk_nag_quirks = "A DB instance's Engine is read without resolving it: an intrinsic Engine "
                        "(a parameter, say) counts as not Aurora, so the instance is judged on "
                        "its own StorageEncrypted even if it will run Aurora.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& database) const override {
    const Value* written = database.property("StorageEncrypted");
    if (database.type == "AWS::RDS::DBCluster") {
      if (js::is_nullish(written)) return Verdict::violation(written, "the cluster does not encrypt its storage");
      const Value* encrypted = resolve_if_primitive(written, "StorageEncrypted");
      if (js::loose_equals(encrypted, false)) return Verdict::violation(encrypted, "the cluster does not encrypt its storage");
      return Verdict::compliant();
    }
    const Value* encrypted = resolve_if_primitive(written, "StorageEncrypted");
    if ((js::loose_equals(encrypted, false) || js::is_nullish(encrypted)) && !is_aurora(database.property("Engine")))
      return Verdict::violation(encrypted, "the instance does not encrypt its storage");
    return Verdict::compliant();
  }

 private:
  // cdk-nag reads this Engine unresolved: an intrinsic is a token that names no engine.
  static bool is_aurora(const Value* engine) {
    if (js::is_nullish(engine) || js::is_object(engine)) return false;
    return js::to_lower(js::string_receiver(engine, "toLowerCase")).find("aurora") != std::string::npos;
  }
};

INFRALINT_RULE_INSTANCE(StorageUnencrypted)

}  // namespace infralint::rules::aws::rds
