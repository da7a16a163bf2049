// AwsSolutions-RDS8 (cdk-nag RDSRestrictedInbound): DB security groups (EC2-Classic)
// should not admit the whole internet.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::rds {

using model::Resource;
using model::Value;

namespace {
// `cidrip != undefined && cidrip.includes('/0')`: any prefix length ending in /0,
// IPv4 or not. A number or boolean has no includes() and stops the rule.
bool open_to_all(const Value* cidr) {
  const Value* resolved = resolve_if_primitive(cidr, "CIDRIP");
  return !js::is_nullish(resolved) && js::includes(resolved, "/0");
}
}  // namespace

class DbSecurityGroupOpenIngress final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-rds-db-security-group-open-ingress",
      .title = "RDS DB security group admits traffic from any address",
      .resource_types = {"AWS::RDS::DBSecurityGroup", "AWS::RDS::DBSecurityGroupIngress"},
      .what = "A DB security group with an entry of DBSecurityGroupIngress, or a "
              "DBSecurityGroupIngress resource, whose CIDRIP contains \"/0\" (0.0.0.0/0 and any "
              "other range with a zero-length prefix).",
      .why = "A /0 range lets every address on the internet reach the database port, leaving "
             "passwords and engine vulnerabilities as the only barrier against scanners and "
             "brute force.",
      .fix_cfn = "DBSecurityGroupIngress:\n  - CIDRIP: 10.0.0.0/16",
      .fix_cdk = "new rds.CfnDBSecurityGroup(this, 'DbAccess', { dbSecurityGroupIngress: [{ cidrip: "
                 "'10.0.0.0/16' }], ... }) (better: a VPC security group)",
      .cdk_nag_quirks = "A CIDRIP counts as open when it contains \"/0\" anywhere (10.1.2.3/0 "
                        "does). An ingress list given as one intrinsic cannot be judged, and an "
                        "entry that is itself an intrinsic is skipped.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& resource) const override {
    if (resource.type == "AWS::RDS::DBSecurityGroupIngress") {
      const Value* cidr = resource.property("CIDRIP");
      if (open_to_all(cidr)) return Verdict::violation(cidr, "the ingress admits a /0 address range");
      return Verdict::compliant();
    }
    const Value* ingress = resource.property("DBSecurityGroupIngress");
    if (js::is_nullish(ingress)) return Verdict::compliant();
    // A list given as one intrinsic cannot be looped over; an entry that is an
    // intrinsic has no CIDRIP and is passed over, as in cdk-nag.
    for (const Value* entry : js::Elements(ingress)) {
      const Value* cidr = js::get(entry, "CIDRIP");
      if (open_to_all(cidr)) return Verdict::violation(cidr, "an ingress entry admits a /0 address range");
    }
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DbSecurityGroupOpenIngress)

}  // namespace infralint::rules::aws::rds
