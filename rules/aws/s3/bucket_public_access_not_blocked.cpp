// AwsSolutions-S2 (cdk-nag S3BucketLevelPublicAccessProhibited): a bucket that sets a
// public access block must turn on all four of its switches.
#include <array>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::s3 {

using model::Resource;
using model::Value;

class BucketPublicAccessNotBlocked final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-s3-bucket-public-access-not-blocked",
      .title = "S3 bucket public access block leaves public access open",
      .resource_types = {"AWS::S3::Bucket"},
      .what = "An S3 bucket whose PublicAccessBlockConfiguration does not set all four of "
              "BlockPublicAcls, BlockPublicPolicy, IgnorePublicAcls and RestrictPublicBuckets to the "
              "boolean true. A bucket without the property is left to the account-level setting and "
              "passes, as in cdk-nag.",
      .why = "Each switch closes a different path to public exposure (new public ACLs, existing "
             "public ACLs, public bucket policies, cross-account access through them). Leaving one "
             "off lets a single mistaken ACL or policy publish the bucket.",
      .fix_cfn = "PublicAccessBlockConfiguration:\n"
                 "  BlockPublicAcls: true\n"
                 "  BlockPublicPolicy: true\n"
                 "  IgnorePublicAcls: true\n"
                 "  RestrictPublicBuckets: true",
      .fix_cdk = "new s3.Bucket(this, 'Data', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& bucket) const override {
    const Value* block = bucket.property("PublicAccessBlockConfiguration");
    if (js::is_nullish(block)) return Verdict::compliant();
    static constexpr std::array<std::string_view, 4> kSwitches = {"BlockPublicAcls", "BlockPublicPolicy",
                                                                  "IgnorePublicAcls", "RestrictPublicBuckets"};
    // cdk-nag resolves all four before comparing any, so an intrinsic anywhere wins.
    std::array<const Value*, 4> values{};
    for (std::size_t i = 0; i < kSwitches.size(); ++i)
      values[i] = resolve_if_primitive(js::get(block, kSwitches[i]), kSwitches[i]);
    for (std::size_t i = 0; i < kSwitches.size(); ++i)
      if (!js::is_true(values[i]))
        return Verdict::violation(values[i] ? values[i] : block,
                                  std::string(kSwitches[i]) + " is not set to true");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(BucketPublicAccessNotBlocked)

}  // namespace infralint::rules::aws::s3
