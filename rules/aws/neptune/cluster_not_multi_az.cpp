// AwsSolutions-N1 (cdk-nag NeptuneClusterMultiAZ): Neptune clusters should span
// availability zones.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::neptune {

using model::Resource;
using model::Value;

namespace {
// JavaScript's String length: UTF-16 code units, two for a code point beyond the BMP
// (a four-byte UTF-8 sequence).
std::size_t utf16_length(std::string_view text) {
  std::size_t units = 0;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) != 0x80) units += byte >= 0xF0 ? 2 : 1;  // count lead bytes only
  }
  return units;
}

// `availabilityZones.length < 2` on the L1's own value, which cdk-nag does not resolve.
// A list given as one intrinsic (Fn::GetAZs, say) is a token list there, a list of
// one placeholder string, so it counts as one zone.
bool fewer_than_two(const Value& zones) {
  if (zones.is_array()) return zones.size() < 2;
  if (zones.is_object()) return true;
  if (zones.is_string()) return utf16_length(zones.as_string()) < 2;
  return false;  // a number or boolean has no length: undefined < 2 is false
}
}  // namespace

class ClusterNotMultiAz final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-neptune-cluster-not-multi-az",
      .title = "Neptune cluster is not spread over several availability zones",
      .resource_types = {"AWS::Neptune::DBCluster"},
      .what = "A Neptune DB cluster without DBSubnetGroupName, or whose AvailabilityZones lists "
              "fewer than two zones. An AvailabilityZones given as one intrinsic (Fn::GetAZs) counts "
              "as a single zone, as in cdk-nag.",
      .why = "A cluster confined to one zone loses its writer and its replicas together when that "
             "zone fails; replicas in other zones let Neptune promote a new writer and keep serving.",
      .fix_cfn = "DBSubnetGroupName: !Ref GraphSubnets   # subnets in at least two zones",
      .fix_cdk = "new neptune.CfnDBCluster(this, 'Graph', { dbSubnetGroupName: subnetGroup.ref, ... })",
      .cdk_nag_quirks = "AvailabilityZones is measured as written: Fn::GetAZs, or any list given "
                        "as one intrinsic, counts as a single zone and fails. Any "
                        "DBSubnetGroupName passes, even a Ref to AWS::NoValue.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& cluster) const override {
    const Value* subnets = cluster.property("DBSubnetGroupName");
    if (js::is_nullish(subnets))
      return Verdict::violation(subnets, "the cluster names no DB subnet group to spread it over zones");
    const Value* zones = cluster.property("AvailabilityZones");
    if (!js::is_nullish(zones) && fewer_than_two(*zones))
      return Verdict::violation(zones, "the cluster is limited to fewer than two availability zones");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterNotMultiAz)

}  // namespace infralint::rules::aws::neptune
