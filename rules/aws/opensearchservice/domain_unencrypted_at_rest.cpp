// AwsSolutions-OS8 (cdk-nag OpenSearchEncryptedAtRest): the data of an OpenSearch or
// Elasticsearch domain should be encrypted at rest.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::opensearchservice {

using model::Resource;
using model::Value;

class DomainUnencryptedAtRest final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-opensearchservice-domain-unencrypted-at-rest",
      .title = "OpenSearch domain does not encrypt its data at rest",
      .resource_types = {"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
      .what = "An OpenSearch Service or Elasticsearch domain without EncryptionAtRestOptions, or whose "
              "EncryptionAtRestOptions.Enabled is not the boolean true.",
      .why = "Indices, logs, swap files and automated snapshots then sit unencrypted on storage, "
             "where anyone who obtains the volumes or snapshots can read them.",
      .fix_cfn = "EncryptionAtRestOptions:\n"
                 "  Enabled: true\n"
                 "  KmsKeyId: !Ref SearchKey",
      .fix_cdk = "new opensearch.Domain(this, 'Search', { encryptionAtRest: { enabled: true, kmsKey }, ... })",
      .cdk_nag_quirks = "Enabled must be the boolean true; the string \"true\" fails. A null "
                        "EncryptionAtRestOptions cannot be judged (OS2 fails a null options "
                        "object instead).",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& domain) const override {
    const Value* options = domain.property("EncryptionAtRestOptions");
    if (options == nullptr) return Verdict::violation(nullptr, "the domain does not encrypt its data at rest");
    // A null EncryptionAtRestOptions passes the undefined test and then cannot be read.
    const Value* enabled = resolve_if_primitive(js::get(options, "Enabled"), "EncryptionAtRestOptions.Enabled");
    if (!js::is_true(enabled))
      return Verdict::violation(enabled != nullptr ? enabled : options, "the domain does not encrypt its data at rest");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DomainUnencryptedAtRest)

}  // namespace infralint::rules::aws::opensearchservice
