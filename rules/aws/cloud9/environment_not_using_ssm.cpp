// AwsSolutions-C91 (cdk-nag Cloud9InstanceNoIngressSystemsManager): Cloud9 environments
// should reach their instance through Systems Manager instead of inbound SSH.
#include <string_view>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::cloud9 {

using model::Resource;
using model::Value;

class EnvironmentNotUsingSsm final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-cloud9-environment-not-using-ssm",
      .title = "Cloud9 environment connects over inbound SSH",
      .resource_types = {"AWS::Cloud9::EnvironmentEC2"},
      .what = "A Cloud9 EC2 environment whose ConnectionType is absent (SSH is the default) or not "
              "\"CONNECT_SSM\". A connection type from a parameter cannot be judged.",
      .why = "An SSH connection needs the instance to accept inbound traffic from Cloud9's address "
             "ranges. With Systems Manager the instance needs no open inbound port at all and every "
             "session goes through IAM.",
      .fix_cfn = "ConnectionType: CONNECT_SSM",
      .fix_cdk = "new cloud9.CfnEnvironmentEC2(this, 'Ide', { instanceType: 't3.small', imageId, "
                 "connectionType: 'CONNECT_SSM' })",
      .cdk_nag_quirks = "ConnectionType must be exactly CONNECT_SSM; any other spelling, "
                        "connect_ssm included, fails.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& environment) const override {
    const Value* connection = resolve_if_primitive(environment.property("ConnectionType"), "ConnectionType");
    if (js::is_nullish(connection) || !js::loose_equals(connection, std::string_view("CONNECT_SSM")))
      return Verdict::violation(connection, "the environment does not connect through Systems Manager");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(EnvironmentNotUsingSsm)

}  // namespace infralint::rules::aws::cloud9
