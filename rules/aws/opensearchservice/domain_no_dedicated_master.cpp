// AwsSolutions-OS4 (cdk-nag OpenSearchDedicatedMasterNode): OpenSearch and Elasticsearch
// domains should run dedicated master nodes.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/opensearchservice/cluster_config.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::opensearchservice {

using model::Resource;
using model::Value;

class DomainNoDedicatedMaster final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-opensearchservice-domain-no-dedicated-master",
      .title = "OpenSearch domain has no dedicated master nodes",
      .resource_types = {"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
      .what = "An OpenSearch Service domain without ClusterConfig, or an Elasticsearch domain without "
              "ElasticsearchClusterConfig, or whose DedicatedMasterEnabled is falsy (absent, false, 0 "
              "or empty).",
      .why = "Without dedicated masters the data nodes also manage the cluster state; under heavy "
             "indexing or search load they can stop doing so, and the cluster becomes unstable or "
             "unavailable.",
      .fix_cfn = "ClusterConfig:\n"
                 "  DedicatedMasterEnabled: true\n"
                 "  DedicatedMasterCount: 3\n"
                 "  DedicatedMasterType: m6g.large.search",
      .fix_cdk = "new opensearch.Domain(this, 'Search', { capacity: { masterNodes: 3, "
                 "masterNodeInstanceType: 'm6g.large.search', ... }, ... })",
      .cdk_nag_quirks = "DedicatedMasterEnabled is tested for truthiness, so the string \"false\" "
                        "passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& domain) const override {
    const Value* config = cluster_config(domain);
    if (js::is_nullish(config)) return Verdict::violation(config, "the domain has no cluster configuration");
    const Value* enabled = resolve_if_primitive(js::get(config, "DedicatedMasterEnabled"), "DedicatedMasterEnabled");
    if (!js::truthy(enabled))
      return Verdict::violation(enabled != nullptr ? enabled : config, "the domain runs no dedicated master nodes");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DomainNoDedicatedMaster)

}  // namespace infralint::rules::aws::opensearchservice
