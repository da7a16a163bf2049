// AwsSolutions-EC27 (cdk-nag EC2SecurityGroupDescription): security groups should say
// what they are for.
#include <cstddef>
#include <string_view>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::ec2 {

using model::Resource;
using model::Value;

namespace {
// String.prototype.length: UTF-16 code units, so a character outside the Basic
// Multilingual Plane (four UTF-8 bytes) counts twice.
std::size_t utf16_length(std::string_view text) {
  std::size_t units = 0;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) == 0x80) continue;  // continuation byte
    units += byte >= 0xF0 ? 2 : 1;
  }
  return units;
}
}  // namespace

class SecurityGroupNoDescription final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-ec2-security-group-no-description",
      .title = "Security group has no meaningful description",
      .resource_types = {"AWS::EC2::SecurityGroup"},
      .what = "A security group whose GroupDescription is a string shorter than two characters. A "
              "description that is missing or not a literal (a reference, a parameter) cannot be "
              "judged; a number or boolean passes.",
      .why = "Security groups outlive the people who made them. A description saying what the group "
             "admits and for whom is what lets a reviewer tell a needed rule from a forgotten one "
             "before removing or widening it.",
      .fix_cfn = "GroupDescription: Web tier, admits HTTPS from the load balancer only",
      .fix_cdk = "new ec2.SecurityGroup(this, 'WebSg', { vpc, description: 'Web tier, admits HTTPS from the "
                 "load balancer only' })",
      .cdk_nag_quirks = "Length is counted in UTF-16 code units as JavaScript does, not in bytes "
                        "or characters: one accented letter is too short, while one emoji (two "
                        "units) is long enough. A numeric or boolean GroupDescription has no "
                        "length and passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& group) const override {
    const Value* description = resolve_if_primitive(group.property("GroupDescription"), "GroupDescription");
    // `description.length < 2`: reading a length of nothing throws; numbers and booleans
    // have no length, and `undefined < 2` is false.
    if (js::is_nullish(description))
      js::type_error(description, "the security group has no GroupDescription to measure");
    if (description->is_string() && utf16_length(description->as_string()) < 2)
      return Verdict::violation(description, "the description is shorter than two characters");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(SecurityGroupNoDescription)

}  // namespace infralint::rules::aws::ec2
