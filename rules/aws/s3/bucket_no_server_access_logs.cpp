// AwsSolutions-S1 (cdk-nag S3BucketLoggingEnabled): a bucket must either write server
// access logs somewhere or itself be the log destination of a bucket in its stack.
#include <string>
#include <unordered_set>
#include <vector>

#include "aws/common/flatten_reference.hpp"
#include "aws/common/js_regex.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/same_stack.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::s3 {

using model::Resource;
using model::Value;

namespace {

// The distinct flattened log destinations of the buckets cdk-nag searches, once per
// stack: comparing each bucket with every other would be quadratic in the bucket
// count, and the answer only depends on which destinations exist.
const std::vector<std::string>& log_destinations(const Resource& bucket) {
  if (bucket.stack == nullptr) {
    static const std::vector<std::string> kNone;
    return kNone;
  }
  return bucket.stack->memo<std::vector<std::string>>("s3-log-destinations", [&] {
    std::vector<std::string> out;
    std::unordered_set<std::string> seen;
    for (const Resource* other : same_stack(bucket, {"AWS::S3::Bucket"})) {
      const Value* destination = js::get_optional(other->property("LoggingConfiguration"), "DestinationBucketName");
      std::string flat = flatten_reference(destination);
      if (seen.insert(flat).second) out.push_back(std::move(flat));
    }
    return out;
  });
}

}  // namespace

class BucketNoServerAccessLogs final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-s3-bucket-no-server-access-logs",
      .title = "S3 bucket does not record server access logs",
      .resource_types = {"AWS::S3::Bucket"},
      .what = "An S3 bucket whose LoggingConfiguration names neither a destination bucket nor a log "
              "prefix, unless another bucket of the same stack sends its access logs to it (a log "
              "bucket is not asked to log itself). The destination is matched by the bucket's logical "
              "id or its literal BucketName.",
      .why = "Server access logs are the record of who read, wrote or deleted which objects. Without "
             "them an investigation after a leak or an accidental deletion has little to go on.",
      .fix_cfn = "LoggingConfiguration:\n"
                 "  DestinationBucketName: !Ref AccessLogBucket\n"
                 "  LogFilePrefix: data-bucket/",
      .fix_cdk = "new s3.Bucket(this, 'Data', { serverAccessLogsBucket: logBucket, "
                 "serverAccessLogsPrefix: 'data-bucket/' })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& bucket) const override {
    const Value* logging = bucket.property("LoggingConfiguration");
    const bool logs_nowhere =
        js::is_nullish(logging) ||
        (js::is_nullish(js::get(logging, "DestinationBucketName")) && js::is_nullish(js::get(logging, "LogFilePrefix")));
    if (!logs_nowhere) return Verdict::compliant();

    // cdk-nag then accepts the bucket when it is some bucket's log destination.
    const Value* name = bucket.property("BucketName");
    // cdk-nag builds this pattern for every bucket it visits, starting with this one;
    // building it once gives the same answers.
    const js::NamePattern names_bucket({bucket.id}, "\\w", js::NamePattern::Tail::NotFollowedBy, nullptr);
    for (const std::string& flat : log_destinations(bucket))
      if (names_bucket.test(flat) || js::strict_equals(name, flat)) return Verdict::compliant();
    return Verdict::violation(logging, "the bucket logs no server access and no bucket of its stack logs into it");
  }
};

INFRALINT_RULE_INSTANCE(BucketNoServerAccessLogs)

}  // namespace infralint::rules::aws::s3
