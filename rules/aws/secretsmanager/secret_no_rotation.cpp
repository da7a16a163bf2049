// AwsSolutions-SMG4 (cdk-nag SecretsManagerRotationEnabled): a secret needs a rotation
// schedule with a rotation function and a rotation interval.
#include <algorithm>
#include <vector>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/common/same_stack.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::secretsmanager {

using model::Resource;
using model::Value;

namespace {

// isMatchingRotationSchedule, once the schedule is known to point at the secret.
bool rotates(const Resource& schedule) {
  if (schedule.property("HostedRotationLambda") == nullptr && schedule.property("RotationLambdaARN") == nullptr)
    return false;
  const Value* rules = schedule.property("RotationRules");
  if (rules == nullptr) return false;
  return js::get(rules, "AutomaticallyAfterDays") != nullptr || js::get(rules, "ScheduleExpression") != nullptr;
}

}  // namespace

class SecretNoRotation final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-secretsmanager-secret-no-rotation",
      .title = "Secrets Manager secret is not rotated automatically",
      .resource_types = {"AWS::SecretsManager::Secret"},
      .what = "A secret for which no AWS::SecretsManager::RotationSchedule of the same stack (naming "
              "the secret directly or through a secret target attachment of it) has a rotation "
              "function (HostedRotationLambda or RotationLambdaARN) and RotationRules with "
              "AutomaticallyAfterDays or ScheduleExpression.",
      .why = "A secret that never changes stays valid for as long as any copy of it survives in a "
             "log, a laptop or a former colleague's notes; rotation bounds that window.",
      .fix_cfn = "SecretRotation:\n"
                 "  Type: AWS::SecretsManager::RotationSchedule\n"
                 "  Properties:\n"
                 "    SecretId: !Ref DatabaseSecret\n"
                 "    HostedRotationLambda: {RotationType: MySQLSingleUser}\n"
                 "    RotationRules: {AutomaticallyAfterDays: 30}",
      .fix_cdk = "secret.addRotationSchedule('Rotation', { hostedRotation: "
                 "secretsmanager.HostedRotation.mysqlSingleUser(), automaticallyAfter: Duration.days(30) })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& secret) const override {
    std::vector<const Resource*> attachments;
    std::vector<const Resource*> schedules;
    for (const Resource* other :
         same_stack(secret, {"AWS::SecretsManager::SecretTargetAttachment", "AWS::SecretsManager::RotationSchedule"})) {
      if (other->type == "AWS::SecretsManager::SecretTargetAttachment") attachments.push_back(other);
      else schedules.push_back(other);
    }
    const Verdict unrotated = Verdict::violation(nullptr, "no rotation schedule of the stack rotates this secret");
    if (schedules.empty()) return unrotated;
    // A schedule may name the secret through an attachment of it.
    std::vector<std::string_view> attachment_ids;
    for (const Resource* attachment : attachments)
      if (Referent::of(attachment->property("SecretId")).is(secret.id)) attachment_ids.push_back(attachment->id);
    for (const Resource* schedule : schedules) {
      const Referent target = Referent::of(schedule->property("SecretId"));
      const bool names_secret =
          target.is(secret.id) ||
          (target.text() && std::find(attachment_ids.begin(), attachment_ids.end(), *target.text()) != attachment_ids.end());
      if (names_secret && rotates(*schedule)) return Verdict::compliant();
    }
    return unrotated;
  }
};

INFRALINT_RULE_INSTANCE(SecretNoRotation)

}  // namespace infralint::rules::aws::secretsmanager
