// AwsSolutions-ECS2 (cdk-nag ECSTaskDefinitionNoEnvironmentVariables): containers should
// get their configuration from Secrets Manager or Parameter Store, not inline
// environment variables.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::ecs {

using model::Resource;
using model::Value;

class TaskDefinitionEnvironmentVariables final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-ecs-task-definition-environment-variables",
      .title = "ECS container definition sets environment variables inline",
      .resource_types = {"AWS::ECS::TaskDefinition"},
      .what = "A task definition with a container definition that has an Environment property, even "
              "an empty list. Secrets (references to Secrets Manager or SSM parameters) are not "
              "flagged.",
      .why = "Inline environment variables are stored in plain text in the task definition, where "
             "anyone who can describe it reads them, and they change only with a new revision. "
             "Values kept in Secrets Manager or Parameter Store are access-controlled, audited and "
             "can be rotated.",
      .fix_cfn = "ContainerDefinitions:\n"
                 "  - Name: web\n"
                 "    Image: public.ecr.aws/nginx/nginx:1.27\n"
                 "    Secrets:\n"
                 "      - Name: STAGE\n"
                 "        ValueFrom: !Ref StageParameter",
      .fix_cdk = "taskDefinition.addContainer('web', { image, secrets: { STAGE: "
                 "ecs.Secret.fromSsmParameter(stageParameter) } })",
      .cdk_nag_quirks = "Any Environment property fails the container, even an empty list.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& task) const override {
    const Value* containers = task.property("ContainerDefinitions");
    if (containers == nullptr) return Verdict::compliant();  // `!== undefined`: null is looped over, and throws
    for (const Value* container : js::Elements(containers)) {
      const Value* environment = js::get(container, "Environment");
      if (environment != nullptr)
        return Verdict::violation(environment, "a container definition sets environment variables");
    }
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(TaskDefinitionEnvironmentVariables)

}  // namespace infralint::rules::aws::ecs
