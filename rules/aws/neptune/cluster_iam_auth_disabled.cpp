// AwsSolutions-N5 (cdk-nag NeptuneClusterIAMAuth): Neptune clusters should
// authenticate callers through IAM.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::neptune {

using model::Resource;
using model::Value;

class ClusterIamAuthDisabled final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-neptune-cluster-iam-auth-disabled",
      .title = "Neptune cluster does not require IAM authentication",
      .resource_types = {"AWS::Neptune::DBCluster"},
      .what = "A Neptune DB cluster whose IamAuthEnabled is missing or falsy (false, 0, \"\"; any "
              "non-empty string counts as enabled).",
      .why = "Without IAM authentication any client that reaches the endpoint can query and change "
             "the graph; with it every request must be signed by an IAM principal whose policy "
             "allows it, and is logged.",
      .fix_cfn = "IamAuthEnabled: true",
      .fix_cdk = "new neptune.CfnDBCluster(this, 'Graph', { iamAuthEnabled: true, ... })",
      .cdk_nag_quirks = "IamAuthEnabled is tested for truthiness, so the string \"false\" counts "
                        "as enabled.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* written = cluster.property("IamAuthEnabled");
    if (js::is_nullish(written)) return Verdict::violation(written, "the cluster does not require IAM authentication");
    const Value* enabled = resolve_if_primitive(written, "IamAuthEnabled");
    if (!js::truthy(enabled)) return Verdict::violation(enabled, "the cluster does not require IAM authentication");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterIamAuthDisabled)

}  // namespace infralint::rules::aws::neptune
