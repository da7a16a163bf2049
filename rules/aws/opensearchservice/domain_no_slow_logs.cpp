// AwsSolutions-OS9 (cdk-nag OpenSearchSlowLogsToCloudWatch): OpenSearch and
// Elasticsearch domains should publish their search and index slow logs.
#include <array>
#include <string>
#include <vector>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::opensearchservice {

using model::Resource;
using model::Value;

class DomainNoSlowLogs final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-opensearchservice-domain-no-slow-logs",
      .title = "OpenSearch domain does not publish its slow logs",
      .resource_types = {"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
      .what = "An OpenSearch Service or Elasticsearch domain whose LogPublishingOptions does not "
              "enable SEARCH_SLOW_LOGS or INDEX_SLOW_LOGS (Enabled falsy or absent); one finding per "
              "missing log, LogExport::SEARCH_SLOW_LOGS and LogExport::INDEX_SLOW_LOGS.",
      .why = "Slow logs show which queries and indexing requests take long, which is how performance "
             "problems and abusive queries are found before they degrade the cluster.",
      .fix_cfn = "LogPublishingOptions:\n"
                 "  SEARCH_SLOW_LOGS:\n"
                 "    Enabled: true\n"
                 "    CloudWatchLogsLogGroupArn: !GetAtt SearchSlowLogs.Arn\n"
                 "  INDEX_SLOW_LOGS:\n"
                 "    Enabled: true\n"
                 "    CloudWatchLogsLogGroupArn: !GetAtt IndexSlowLogs.Arn",
      .fix_cdk = "new opensearch.Domain(this, 'Search', { logging: { slowSearchLogEnabled: true, "
                 "slowIndexLogEnabled: true }, ... })",
      .cdk_nag_quirks = "An intrinsic Enabled on either log makes the whole rule unable to "
                        "decide, so the other log's finding is dropped too.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& domain) const override {
    static constexpr std::array<std::string_view, 2> kRequired = {"SEARCH_SLOW_LOGS", "INDEX_SLOW_LOGS"};
    const Value* options = domain.property("LogPublishingOptions");
    std::vector<Verdict::Finding> missing;
    for (std::string_view log : kRequired) {
      const Value* entry = js::get_optional(options, log);
      const Value* enabled = resolve_if_primitive(js::get_optional(entry, "Enabled"), std::string(log) + ".Enabled");
      if (!js::truthy(enabled))
        missing.push_back({"LogExport::" + std::string(log), entry != nullptr ? entry : options,
                           "the domain does not publish " + std::string(log)});
    }
    return Verdict::findings(std::move(missing));
  }
};

INFRALINT_RULE_INSTANCE(DomainNoSlowLogs)

}  // namespace infralint::rules::aws::opensearchservice
