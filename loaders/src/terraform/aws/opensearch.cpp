// OpenSearch Service: aws_opensearch_domain as AWS::OpenSearchService::Domain and
// aws_elasticsearch_domain as AWS::Elasticsearch::Domain (same blocks, different
// names for the version and the cluster configuration). A separate
// aws_opensearch_domain_policy / aws_elasticsearch_domain_policy naming the domain
// supplies AccessPolicies, which CloudFormation holds on the domain itself.
#include <algorithm>
#include <array>
#include <vector>

#include "terraform/adapter.hpp"
#include "terraform/aws/blocks.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/policy_json.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

namespace {

constexpr std::array<std::string_view, 4> kLogTypes = {"INDEX_SLOW_LOGS", "SEARCH_SLOW_LOGS", "ES_APPLICATION_LOGS",
                                                       "AUDIT_LOGS"};

// Terraform lists log_publishing_options blocks with a log_type each; CloudFormation
// keys them by type. `enabled` defaults to true (provider docs). When a block's type,
// or the whole list, is unknown, every type no known block covers gets an unknown
// Enabled: OS9 then answers unresolved instead of "not published".
Value log_publishing(const AdapterContext& ctx) {
  static constexpr std::string_view kName = "log_publishing_options";
  const Value* raw = ctx.attribute(kName);
  if (raw == nullptr) return Value();
  ObjectBuilder out;
  std::vector<std::string_view> seen;
  bool unknown_type = is_unknown(*raw);
  if (!unknown_type) {
    for (const Value* block : blocks(&ctx.values(), kName)) {
      const Value* type = attribute(block, "log_type");
      if (is_unknown(*block) || type == nullptr || !type->is_string()) {
        unknown_type = true;
        continue;
      }
      ObjectBuilder entry;
      entry.copy("CloudWatchLogsLogGroupArn", attribute(block, "cloudwatch_log_group_arn"));
      if (const Value* enabled = attribute(block, "enabled")) {
        entry.copy("Enabled", enabled);
      } else {
        Value on = Value::boolean(true, block->location());
        on.set_origin(model::Origin::Defaulted);
        entry.set("Enabled", std::move(on));
      }
      seen.push_back(type->as_string());
      out.set(std::string(type->as_string()), entry.build(block->location()));
    }
  }
  if (unknown_type)
    for (std::string_view type : kLogTypes)
      if (std::find(seen.begin(), seen.end(), type) == seen.end())
        out.set(std::string(type), unknown_fields({"Enabled"}, raw->location()));
  return out.build(raw->location());
}

// The domain's own access_policies, or the policy resource configuring it (the last
// one read wins). Unreadable text reads as a document with unknown statements.
Value access_policies(const AdapterContext& ctx, std::string_view policy_type) {
  const auto policies = ctx.satellites(policy_type, "domain_name", "domain_name");
  const Value* text =
      policies.empty() ? ctx.attribute("access_policies") : attribute(&policies.back()->values, "access_policies");
  if (text != nullptr && text->is_string() && text->as_string().empty()) return Value();  // the provider's "none"
  std::optional<Value> document = parse_policy(text);
  return document ? std::move(*document) : Value();
}

Adapted domain(const AdapterContext& ctx, std::string_view type, std::string_view cluster_config,
               std::string_view version_cfn, std::string_view version_tf, std::string_view policy_type) {
  ObjectBuilder p;
  p.copy("DomainName", ctx.attribute("domain_name")).copy(std::string(version_cfn), ctx.attribute(version_tf));
  // A block unknown as a whole: the settings the rules judge are unknown.
  p.set(std::string(cluster_config),
        map_block(&ctx.values(), "cluster_config",
                  {{"InstanceType", "instance_type"},
                   {"InstanceCount", "instance_count"},
                   {"DedicatedMasterEnabled", "dedicated_master_enabled"},
                   {"DedicatedMasterType", "dedicated_master_type"},
                   {"DedicatedMasterCount", "dedicated_master_count"},
                   {"ZoneAwarenessEnabled", "zone_awareness_enabled"},
                   {"WarmEnabled", "warm_enabled"}},
                  {"DedicatedMasterEnabled", "ZoneAwarenessEnabled"}));
  p.set("NodeToNodeEncryptionOptions",
        map_block(&ctx.values(), "node_to_node_encryption", {{"Enabled", "enabled"}}, {"Enabled"}));
  p.set("EncryptionAtRestOptions", map_block(&ctx.values(), "encrypt_at_rest",
                                             {{"Enabled", "enabled"}, {"KmsKeyId", "kms_key_id"}}, {"Enabled"}));
  p.set("VPCOptions", map_block(&ctx.values(), "vpc_options",
                                {{"SubnetIds", "subnet_ids"}, {"SecurityGroupIds", "security_group_ids"}}, {"SubnetIds"}));
  p.set("LogPublishingOptions", log_publishing(ctx));
  p.set("AccessPolicies", access_policies(ctx, policy_type));
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{std::string(type), p.build(ctx.values().location())};
}

}  // namespace

std::optional<Adapted> adapt_opensearch_domain(const AdapterContext& ctx) {
  return domain(ctx, "AWS::OpenSearchService::Domain", "ClusterConfig", "EngineVersion", "engine_version",
                "aws_opensearch_domain_policy");
}

std::optional<Adapted> adapt_elasticsearch_domain(const AdapterContext& ctx) {
  return domain(ctx, "AWS::Elasticsearch::Domain", "ElasticsearchClusterConfig", "ElasticsearchVersion",
                "elasticsearch_version", "aws_elasticsearch_domain_policy");
}

}  // namespace infralint::loaders::detail::terraform::aws
