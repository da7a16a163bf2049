// AwsSolutions-GL1 (cdk-nag GlueEncryptedCloudWatchLogs): Glue jobs and crawlers should
// use a security configuration that encrypts the logs they write to CloudWatch.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/glue/security_configuration.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::glue {

using model::Resource;
using model::Value;

namespace {

// CloudWatchEncryption.CloudWatchEncryptionMode must be exactly "SSE-KMS". A
// configuration without EncryptionConfiguration, or with a null CloudWatchEncryption,
// stops the rule as it stops cdk-nag.
bool encrypts_logs(const Resource& configuration) {
  const Value* cloudwatch = js::get(configuration.property("EncryptionConfiguration"), "CloudWatchEncryption");
  if (cloudwatch == nullptr) return false;
  const Value* mode = resolve_if_primitive(js::get(cloudwatch, "CloudWatchEncryptionMode"), "CloudWatchEncryptionMode");
  return js::strict_equals(mode, "SSE-KMS");
}

}  // namespace

class CloudwatchLogsUnencrypted final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-glue-cloudwatch-logs-unencrypted",
      .title = "Glue job or crawler writes unencrypted CloudWatch logs",
      .resource_types = {"AWS::Glue::Crawler", "AWS::Glue::Job"},
      .what = "A Glue crawler without CrawlerSecurityConfiguration or a Glue job without "
              "SecurityConfiguration, or one whose security configuration is not an "
              "AWS::Glue::SecurityConfiguration of the same stack (matched by logical id through "
              "Ref or Fn::GetAtt, or by its literal Name) with "
              "EncryptionConfiguration.CloudWatchEncryption.CloudWatchEncryptionMode: SSE-KMS.",
      .why = "Job and crawler logs carry table names, paths, error messages and sometimes sample "
             "records; encrypting them with a KMS key limits who can read them to those allowed to "
             "use the key.",
      .fix_cfn = "SecurityConfiguration: !Ref GlueSecurity\n"
                 "# with GlueSecurity (AWS::Glue::SecurityConfiguration):\n"
                 "#   EncryptionConfiguration:\n"
                 "#     CloudWatchEncryption:\n"
                 "#       CloudWatchEncryptionMode: SSE-KMS\n"
                 "#       KmsKeyArn: !GetAtt [GlueKey, Arn]",
      .fix_cdk = "new glue.CfnSecurityConfiguration(this, 'GlueSecurity', { name: 'glue-security', "
                 "encryptionConfiguration: { cloudWatchEncryption: { cloudWatchEncryptionMode: "
                 "'SSE-KMS', kmsKeyArn: key.keyArn } } }); then securityConfiguration: "
                 "glueSecurity.ref on the job",
      .cdk_nag_quirks = "A security configuration that is matched but has no "
                        "EncryptionConfiguration cannot be judged. The mode is compared exactly "
                        "with SSE-KMS, so sse-kms fails.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& user) const override {
    const Value* reference = user.type == "AWS::Glue::Crawler" ? user.property("CrawlerSecurityConfiguration")
                                                               : user.property("SecurityConfiguration");
    return judge_security_configuration(user, reference, encrypts_logs, "encrypt CloudWatch logs with KMS");
  }
};

INFRALINT_RULE_INSTANCE(CloudwatchLogsUnencrypted)

}  // namespace infralint::rules::aws::glue
