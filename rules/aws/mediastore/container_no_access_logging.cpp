// AwsSolutions-MS1 (cdk-nag MediaStoreContainerAccessLogging): a MediaStore container
// must send access logs to CloudWatch Logs.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::mediastore {

using model::Resource;
using model::Value;

class ContainerNoAccessLogging final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-mediastore-container-no-access-logging",
      .title = "MediaStore container does not log access",
      .resource_types = {"AWS::MediaStore::Container"},
      .what = "A MediaStore container whose AccessLoggingEnabled is not the boolean true (absent, "
              "false, or the string \"true\").",
      .why = "Access logs record each request made to the container's objects; without them there is "
             "no trace of who fetched or changed media.",
      .fix_cfn = "AccessLoggingEnabled: true",
      .fix_cdk = "new mediastore.CfnContainer(this, 'Media', { containerName: 'media', accessLoggingEnabled: true "
                 "})",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& container) const override {
    const Value* enabled = resolve_if_primitive(container.property("AccessLoggingEnabled"), "AccessLoggingEnabled");
    if (!js::is_true(enabled)) return Verdict::violation(enabled, "the container does not log access");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ContainerNoAccessLogging)

}  // namespace infralint::rules::aws::mediastore
