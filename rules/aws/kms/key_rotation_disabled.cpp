// AwsSolutions-KMS5 (cdk-nag KMSBackingKeyRotationEnabled): symmetric KMS keys should
// rotate their key material automatically.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::kms {

using model::Resource;
using model::Value;

class KeyRotationDisabled final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-kms-key-rotation-disabled",
      .title = "KMS key does not rotate automatically",
      .resource_types = {"AWS::KMS::Key"},
      .what = "A symmetric KMS key (KeySpec absent or SYMMETRIC_DEFAULT) whose EnableKeyRotation is "
              "not the boolean true. Asymmetric and HMAC keys cannot rotate and are not judged.",
      .why = "Automatic rotation replaces the key material every year while old ciphertext stays "
             "readable, which limits how much data any one version of the material protects.",
      .fix_cfn = "EnableKeyRotation: true",
      .fix_cdk = "new kms.Key(this, 'Key', { enableKeyRotation: true })",
      .cdk_nag_quirks = "A KeySpec given by an intrinsic (a parameter, say) is not taken as "
                        "SYMMETRIC_DEFAULT, so the key passes. The rule has no granular findings, "
                        "so a suppression that lists appliesTo never covers it: suppress it by "
                        "rule id alone.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& key) const override {
    const Value* spec = key.property("KeySpec");
    if (js::is_nullish(spec) || js::loose_equals(spec, std::string_view("SYMMETRIC_DEFAULT"))) {
      const Value* rotation = resolve_if_primitive(key.property("EnableKeyRotation"), "EnableKeyRotation");
      if (!js::is_true(rotation)) return Verdict::violation(rotation, "automatic key rotation is not enabled");
    }
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(KeyRotationDisabled)

}  // namespace infralint::rules::aws::kms
