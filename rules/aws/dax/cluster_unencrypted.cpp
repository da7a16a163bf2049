// AwsSolutions-DDB4 (cdk-nag DAXEncrypted): DAX clusters should encrypt data at rest.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::dax {

using model::Resource;
using model::Value;

class ClusterUnencrypted final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-dax-cluster-unencrypted",
      .title = "DAX cluster does not encrypt data at rest",
      .resource_types = {"AWS::DAX::Cluster"},
      .what = "A DAX cluster without SSESpecification, or whose SSESpecification.SSEEnabled is "
              "missing or falsy (false, 0, \"\"). An SSESpecification written as a whole intrinsic "
              "(Fn::If, say) has no readable SSEEnabled and fails too, as in cdk-nag.",
      .why = "A DAX cache holds copies of table items in memory and on its nodes' disks; without "
             "server-side encryption those copies sit unencrypted even when the table itself is "
             "encrypted.",
      .fix_cfn = "SSESpecification:\n  SSEEnabled: true",
      .fix_cdk = "new dax.CfnCluster(this, 'Cache', { sseSpecification: { sseEnabled: true }, ... })",
      .cdk_nag_quirks = "SSEEnabled is tested for truthiness, so the string \"false\" counts as "
                        "enabled. An SSESpecification written as one whole intrinsic (Fn::If, "
                        "say) fails instead of being left undecided.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* specification = cluster.property("SSESpecification");
    if (js::is_nullish(specification))
      return Verdict::violation(specification, "the cluster does not enable server-side encryption");
    const Value* enabled = resolve_if_primitive(js::get(specification, "SSEEnabled"), "SSEEnabled");
    if (!js::truthy(enabled))
      return Verdict::violation(enabled ? enabled : specification,
                                "the cluster does not enable server-side encryption");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterUnencrypted)

}  // namespace infralint::rules::aws::dax
