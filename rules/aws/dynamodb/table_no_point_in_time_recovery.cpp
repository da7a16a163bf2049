// AwsSolutions-DDB3 (cdk-nag DynamoDBPITREnabled): tables should have point-in-time
// recovery on.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::dynamodb {

using model::Resource;
using model::Value;

class TableNoPointInTimeRecovery final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-dynamodb-table-no-point-in-time-recovery",
      .title = "DynamoDB table has no point-in-time recovery",
      .resource_types = {"AWS::DynamoDB::Table"},
      .what = "A DynamoDB table without PointInTimeRecoverySpecification, or whose "
              "PointInTimeRecoveryEnabled is missing or falsy (false, 0, \"\"). Like cdk-nag, any "
              "non-empty string counts as enabled.",
      .why = "Point-in-time recovery lets a table be restored to any second of the last 35 days, "
             "which is the way back from a faulty deploy, a bad batch write or an accidental delete "
             "of items.",
      .fix_cfn = "PointInTimeRecoverySpecification:\n  PointInTimeRecoveryEnabled: true",
      .fix_cdk = "new dynamodb.Table(this, 'Orders', { pointInTimeRecoverySpecification: { "
                 "pointInTimeRecoveryEnabled: true }, ... })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& table) const override {
    const Value* specification = table.property("PointInTimeRecoverySpecification");
    if (js::is_nullish(specification))
      return Verdict::violation(specification, "the table does not enable point-in-time recovery");
    const Value* enabled = resolve_if_primitive(js::get(specification, "PointInTimeRecoveryEnabled"),
                                                "PointInTimeRecoveryEnabled");
    if (!js::truthy(enabled))
      return Verdict::violation(enabled ? enabled : specification, "the table does not enable point-in-time recovery");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(TableNoPointInTimeRecovery)

}  // namespace infralint::rules::aws::dynamodb
