// AwsSolutions-ECS7 (cdk-nag ECSTaskDefinitionContainerLogging): every container of a
// task definition should send its output to a log driver.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::ecs {

using model::Resource;
using model::Value;

class TaskDefinitionContainerNoLogging final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-ecs-task-definition-container-no-logging",
      .title = "ECS container definition has no log configuration",
      .resource_types = {"AWS::ECS::TaskDefinition"},
      .what = "A task definition with a container definition whose LogConfiguration is missing or has "
              "no LogDriver. A task definition without ContainerDefinitions passes.",
      .why = "Without a log driver a container's standard output is discarded when the task stops, "
             "so crashes and suspicious activity leave no record to investigate.",
      .fix_cfn = "ContainerDefinitions:\n"
                 "  - Name: web\n"
                 "    Image: public.ecr.aws/nginx/nginx:1.27\n"
                 "    LogConfiguration:\n"
                 "      LogDriver: awslogs\n"
                 "      Options:\n"
                 "        awslogs-group: !Ref AppLogs\n"
                 "        awslogs-region: !Ref AWS::Region\n"
                 "        awslogs-stream-prefix: web",
      .fix_cdk = "taskDefinition.addContainer('web', { image, logging: ecs.LogDrivers.awsLogs({ "
                 "streamPrefix: 'web', logGroup }) })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& task) const override {
    const Value* containers = task.property("ContainerDefinitions");
    if (containers == nullptr) return Verdict::compliant();  // `!== undefined`: null is looped over, and throws
    for (const Value* container : js::Elements(containers)) {
      const Value* log_configuration = js::get(container, "LogConfiguration");
      // `logConfiguration?.logDriver === undefined`: a driver that is present counts.
      if (js::get_optional(log_configuration, "LogDriver") == nullptr)
        return Verdict::violation(log_configuration != nullptr ? log_configuration : container,
                                  "a container definition has no log driver");
    }
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(TaskDefinitionContainerNoLogging)

}  // namespace infralint::rules::aws::ecs
