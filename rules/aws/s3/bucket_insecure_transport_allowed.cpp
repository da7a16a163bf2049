// AwsSolutions-S10 (cdk-nag S3BucketSSLRequestsOnly): a bucket needs a bucket policy
// that denies every S3 action to everyone when aws:SecureTransport is false, on both
// the bucket and its objects; a bucket policy is judged on its own statements too.
#include <optional>

#include "aws/common/js_regex.hpp"
#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/common/same_stack.hpp"
#include "aws/iam/policy.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::s3 {

using model::Resource;
using model::Value;

namespace {

// checkMatchingResources: among the statement's resources, one names the bucket itself
// (no '/') and one names its objects (exactly one '/', ending in "/*"). The bucket is
// recognised by pasting its logical id and its name into patterns, as cdk-nag does.
bool covers_bucket_and_objects(const std::string& bucket_id, const std::optional<std::string>& bucket_name,
                               const Value* resources) {
  if (resources == nullptr || !resources->is_array()) return false;
  std::vector<std::string> names{bucket_id};
  if (bucket_name) names.push_back(*bucket_name);
  using Tail = js::NamePattern::Tail;
  // cdk-nag wraps each alternative in parentheses, even when there is only the id.
  const js::NamePattern bucket_re(names, "\\w\\-", Tail::NotFollowedBy, resources, true);
  const js::NamePattern objects_re(std::move(names), "\\w\\-", Tail::NotFollowedByThenObjects, resources, true);
  bool bucket_matched = false;
  bool objects_matched = false;
  for (const Value& resource : resources->items()) {
    const std::string text = js::stringify(resource);
    if (!bucket_matched && bucket_re.test(text) && text.find('/') == std::string::npos) {
      bucket_matched = true;
    } else if (!objects_matched && objects_re.test(text) && text.find('/') == text.rfind('/')) {
      objects_matched = true;
    }
    if (bucket_matched && objects_matched) return true;
  }
  return false;
}

// isCompliantPolicy: some statement denies insecure transport on the bucket and its objects.
bool requires_tls(const Resource& policy, const std::string& bucket_id, const std::optional<std::string>& bucket_name) {
  static constexpr iam::ActionTest kS3Actions{.star_counts = true, .lowered = "s3:*"};
  for (const Value* statement : iam::statements_of(policy.property("PolicyDocument")))
    if (iam::denies_insecure_transport(statement, kS3Actions) &&
        covers_bucket_and_objects(bucket_id, bucket_name, js::get(statement, "Resource")))
      return true;
  return false;
}

}  // namespace

class BucketInsecureTransportAllowed final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-s3-bucket-insecure-transport-allowed",
      .title = "S3 bucket accepts requests without TLS",
      .resource_types = {"AWS::S3::Bucket", "AWS::S3::BucketPolicy"},
      .what = "An S3 bucket with no bucket policy in its stack that denies all S3 actions (\"s3:*\" "
              "or \"*\") to every principal when aws:SecureTransport is false, on both the bucket ARN "
              "and its objects (\"<bucket>/*\"); and a bucket policy that has no such statement for "
              "the bucket it is attached to.",
      .why = "Without the deny, clients may read and write objects over plain HTTP, where data and "
             "request signatures can be observed or tampered with on the way.",
      .fix_cfn = "PolicyDocument:\n"
                 "  Statement:\n"
                 "    - Effect: Deny\n"
                 "      Principal: {AWS: '*'}\n"
                 "      Action: 's3:*'\n"
                 "      Resource: [!GetAtt Bucket.Arn, !Sub '${Bucket.Arn}/*']\n"
                 "      Condition: {Bool: {'aws:SecureTransport': 'false'}}",
      .fix_cdk = "new s3.Bucket(this, 'Data', { enforceSSL: true })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& resource) const override {
    return resource.type == "AWS::S3::BucketPolicy" ? judge_policy(resource) : judge_bucket(resource);
  }

 private:
  static Verdict judge_bucket(const Resource& bucket) {
    const Value* name = bucket.property("BucketName");
    // A bucket without a name leaves the name pattern out; any other value is pasted.
    const std::optional<std::string> name_pattern = name ? std::optional(js::to_string(name)) : std::nullopt;
    for (const Resource* policy : same_stack(bucket, {"AWS::S3::BucketPolicy"})) {
      const Resource& other = *policy;
      const Referent target = Referent::of(other.property("Bucket"));
      const bool attached = target.is(bucket.id) || target.same_as(name);
      if (attached && requires_tls(other, bucket.id, name_pattern)) return Verdict::compliant();
    }
    return Verdict::violation(nullptr, "no bucket policy of the stack denies requests made without TLS");
  }

  static Verdict judge_policy(const Resource& policy) {
    const Value* bucket = policy.property("Bucket");
    // cdk-nag passes the policy's Bucket as the L1 holds it: an intrinsic there is a
    // token whose pattern can never match, so only a literal name takes part.
    std::optional<std::string> name_pattern;
    if (bucket != nullptr && !js::is_object(bucket)) name_pattern = js::to_string(bucket);
    if (requires_tls(policy, Referent::of(bucket).to_string(), name_pattern)) return Verdict::compliant();
    return Verdict::violation(policy.property("PolicyDocument"),
                              "the policy has no statement denying requests made without TLS to the bucket and its objects");
  }
};

INFRALINT_RULE_INSTANCE(BucketInsecureTransportAllowed)

}  // namespace infralint::rules::aws::s3
