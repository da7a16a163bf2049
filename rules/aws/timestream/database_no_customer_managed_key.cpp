// AwsSolutions-TS3 (cdk-nag TimestreamDatabaseCustomerManagedKey): Timestream
// databases should be encrypted with a key the account manages.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::timestream {

using model::Resource;

class DatabaseNoCustomerManagedKey final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-timestream-database-no-customer-managed-key",
      .title = "Timestream database is not encrypted with a customer managed key",
      .resource_types = {"AWS::Timestream::Database"},
      .what = "A Timestream database without a KmsKeyId property (an explicit null counts as "
              "absent). Any other value passes, intrinsics and AWS::NoValue included.",
      .why = "With the AWS managed key, who may decrypt the data and when the key is rotated or "
             "disabled is not under your control; a customer managed key lets key policies, "
             "CloudTrail records and revocation cover the database.",
      .fix_cfn = "KmsKeyId: !Ref MetricsKey",
      .fix_cdk = "new timestream.CfnDatabase(this, 'Metrics', { kmsKeyId: key.keyArn })",
      .cdk_nag_quirks = "Only a missing or null KmsKeyId fails; any intrinsic passes, even a Ref "
                        "to AWS::NoValue, which removes the property.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& database) const override {
    // `kmsKeyId === undefined`: only an absent property fails. CDK reads a template's
    // null as undefined, so null fails as well.
    if (js::is_nullish(database.property("KmsKeyId")))
      return Verdict::violation(nullptr, "the database uses the AWS managed key");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DatabaseNoCustomerManagedKey)

}  // namespace infralint::rules::aws::timestream
