// AwsSolutions-OS7 (cdk-nag OpenSearchZoneAwareness): OpenSearch and Elasticsearch
// domains should spread their nodes over several Availability Zones.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/opensearchservice/cluster_config.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::opensearchservice {

using model::Resource;
using model::Value;

class DomainNoZoneAwareness final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-opensearchservice-domain-no-zone-awareness",
      .title = "OpenSearch domain is not spread over Availability Zones",
      .resource_types = {"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
      .what = "An OpenSearch Service domain without ClusterConfig, or an Elasticsearch domain without "
              "ElasticsearchClusterConfig, or whose ZoneAwarenessEnabled is falsy (absent, false, 0 "
              "or empty).",
      .why = "With all nodes in one Availability Zone, an outage of that zone takes the whole domain "
             "down; zone awareness keeps replicas in another zone so the domain stays available.",
      .fix_cfn = "ClusterConfig:\n"
                 "  ZoneAwarenessEnabled: true\n"
                 "  ZoneAwarenessConfig:\n"
                 "    AvailabilityZoneCount: 2",
      .fix_cdk = "new opensearch.Domain(this, 'Search', { zoneAwareness: { enabled: true, "
                 "availabilityZoneCount: 2 }, ... })",
      .cdk_nag_quirks = "ZoneAwarenessEnabled is tested for truthiness, so the string \"false\" "
                        "passes.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& domain) const override {
    const Value* config = cluster_config(domain);
    if (js::is_nullish(config)) return Verdict::violation(config, "the domain has no cluster configuration");
    const Value* enabled = resolve_if_primitive(js::get(config, "ZoneAwarenessEnabled"), "ZoneAwarenessEnabled");
    if (!js::truthy(enabled))
      return Verdict::violation(enabled != nullptr ? enabled : config, "the domain keeps all its nodes in one zone");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DomainNoZoneAwareness)

}  // namespace infralint::rules::aws::opensearchservice
