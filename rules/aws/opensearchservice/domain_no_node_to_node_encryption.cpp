// AwsSolutions-OS2 (cdk-nag OpenSearchNodeToNodeEncryption): traffic between the nodes of
// an OpenSearch or Elasticsearch domain should be encrypted.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::opensearchservice {

using model::Resource;
using model::Value;

class DomainNoNodeToNodeEncryption final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-opensearchservice-domain-no-node-to-node-encryption",
      .title = "OpenSearch domain does not encrypt traffic between its nodes",
      .resource_types = {"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
      .what = "An OpenSearch Service or Elasticsearch domain without NodeToNodeEncryptionOptions (or "
              "with null), or whose NodeToNodeEncryptionOptions.Enabled is not the boolean true.",
      .why = "Without it, documents and queries travel between the nodes of the cluster in clear "
             "text, readable by anything that can observe the network inside the VPC.",
      .fix_cfn = "NodeToNodeEncryptionOptions:\n"
                 "  Enabled: true",
      .fix_cdk = "new opensearch.Domain(this, 'Search', { nodeToNodeEncryption: true, ... })",
      .cdk_nag_quirks = "Enabled must be the boolean true; the string \"true\" fails.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& domain) const override {
    const Value* options = domain.property("NodeToNodeEncryptionOptions");
    if (js::is_nullish(options)) return Verdict::violation(options, "the domain does not encrypt node-to-node traffic");
    const Value* enabled = resolve_if_primitive(js::get(options, "Enabled"), "NodeToNodeEncryptionOptions.Enabled");
    if (!js::is_true(enabled))
      return Verdict::violation(enabled != nullptr ? enabled : options, "the domain does not encrypt node-to-node traffic");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DomainNoNodeToNodeEncryption)

}  // namespace infralint::rules::aws::opensearchservice
