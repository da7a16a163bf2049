// AwsSolutions-AS1 (cdk-nag AutoScalingGroupCooldownPeriod): an Auto Scaling group
// should wait between scaling activities.
#include <string>
#include <string_view>

#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::autoscaling {

using model::Resource;
using model::Value;

namespace {

// The length of the JavaScript white space or line terminator that starts `text`, 0 if
// none: U+0009-000D, U+0020, U+00A0, U+1680, U+2000-200A, U+2028, U+2029, U+202F,
// U+205F, U+3000, U+FEFF, here in UTF-8.
std::size_t leading_space(std::string_view text) {
  if (text.empty()) return 0;
  const auto b0 = static_cast<unsigned char>(text[0]);
  if (b0 == 0x20 || (b0 >= 0x09 && b0 <= 0x0D)) return 1;
  if (text.starts_with("\xC2\xA0")) return 2;
  if (text.size() < 3) return 0;
  const auto b1 = static_cast<unsigned char>(text[1]);
  const auto b2 = static_cast<unsigned char>(text[2]);
  const bool space = (b0 == 0xE1 && b1 == 0x9A && b2 == 0x80) ||                                   // U+1680
                     (b0 == 0xE2 && b1 == 0x80 && (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF)) ||
                     (b0 == 0xE2 && b1 == 0x81 && b2 == 0x9F) ||                                   // U+205F
                     (b0 == 0xE3 && b1 == 0x80 && b2 == 0x80) ||                                   // U+3000
                     (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF);                                     // U+FEFF
  return space ? 3 : 0;
}

bool is_digit_in(char c, int radix) {
  if (c >= '0' && c <= '9') return true;
  return radix == 16 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
}

// `parseInt(text) == 0`: parseInt skips leading white space, takes a sign, reads "0x"
// as hexadecimal, then as many digits as it can; no digit at all is NaN. The result is
// zero (or minus zero) exactly when every digit read is '0'.
bool parse_int_is_zero(std::string_view text) {
  for (std::size_t n = leading_space(text); n != 0; n = leading_space(text)) text.remove_prefix(n);
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
  int radix = 10;
  if (text.starts_with("0x") || text.starts_with("0X")) {
    radix = 16;
    text.remove_prefix(2);
  }
  std::size_t digits = 0;
  while (digits < text.size() && is_digit_in(text[digits], radix)) ++digits;
  if (digits == 0) return false;
  return text.substr(0, digits).find_first_not_of('0') == std::string_view::npos;
}

}  // namespace

class GroupZeroCooldown final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-autoscaling-group-zero-cooldown",
      .title = "Auto Scaling group has no cooldown between scaling activities",
      .resource_types = {"AWS::AutoScaling::AutoScalingGroup"},
      .what = "An Auto Scaling group whose Cooldown reads as zero the way JavaScript's parseInt reads "
              "it (\"0\", \"00\", \"0.9\", \" 0s\", \"0x0\"). An absent Cooldown (300 seconds by "
              "default) passes; one from a parameter cannot be judged.",
      .why = "Without a cooldown the group can launch or terminate again before the previous "
             "instances have started and influenced the metrics, so it overshoots, thrashes and runs "
             "up cost or drops capacity.",
      .fix_cfn = "Cooldown: '300'",
      .fix_cdk = "new autoscaling.AutoScalingGroup(this, 'Asg', { ..., cooldown: Duration.minutes(5) })",
      .cdk_nag_quirks = "Cooldown is read the way JavaScript's parseInt reads it: \"0.9\", "
                        "\" 0s\", \"0x0\" and \"-0\" count as zero and fail, while \"0x10\" and "
                        "0.0000001 (which turns into the text 1e-7) pass.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& group) const override {
    const Value* cooldown = resolve_if_primitive(group.property("Cooldown"), "Cooldown");
    if (!js::is_nullish(cooldown) && parse_int_is_zero(js::to_string(cooldown)))
      return Verdict::violation(cooldown, "the cooldown is zero seconds");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(GroupZeroCooldown)

}  // namespace infralint::rules::aws::autoscaling
