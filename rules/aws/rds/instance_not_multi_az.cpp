// AwsSolutions-RDS3 (cdk-nag RDSMultiAZSupport): non-Aurora DB instances should run
// with a standby in a second availability zone.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::rds {

using model::Resource;
using model::Value;

class InstanceNotMultiAz final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-rds-instance-not-multi-az",
      .title = "RDS DB instance runs in a single availability zone",
      .resource_types = {"AWS::RDS::DBInstance"},
      .what = "A DB instance whose MultiAZ is missing or falsy (false, 0, \"\"), unless its Engine "
              "names an Aurora engine (Aurora replicates storage across zones on its own). An "
              "instance without an Engine is judged like a non-Aurora one.",
      .why = "A single-zone instance goes down with its zone, and maintenance or a host failure "
             "means an outage until it is replaced; a Multi-AZ deployment fails over to a "
             "synchronous standby in another zone within minutes.",
      .fix_cfn = "MultiAZ: true",
      .fix_cdk = "new rds.DatabaseInstance(this, 'Db', { multiAz: true, ... })",
      .cdk_nag_quirks = "Any truthy MultiAZ counts as enabled, the string \"false\" included. An "
                        "instance whose Engine is an intrinsic (a parameter, say) cannot be "
                        "judged, even with MultiAZ true, because both values are resolved first.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& instance) const override {
    // Both values are resolved before either is looked at, as cdk-nag does.
    const Value* multi_az = resolve_if_primitive(instance.property("MultiAZ"), "MultiAZ");
    const Value* engine = resolve_if_primitive(instance.property("Engine"), "Engine");
    if (js::truthy(multi_az)) return Verdict::compliant();
    if (!js::is_nullish(engine) &&
        js::to_lower(js::string_receiver(engine, "toLowerCase")).find("aurora") != std::string::npos)
      return Verdict::compliant();
    return Verdict::violation(multi_az, "the instance has no standby in another availability zone");
  }
};

INFRALINT_RULE_INSTANCE(InstanceNotMultiAz)

}  // namespace infralint::rules::aws::rds
