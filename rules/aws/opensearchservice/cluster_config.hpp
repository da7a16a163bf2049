// OpenSearch Service domains keep their cluster settings in ClusterConfig, the older
// Elasticsearch domains in ElasticsearchClusterConfig; cdk-nag reads either the same way.
#pragma once

#include "infralint/model/resource.hpp"

namespace infralint::rules::aws::opensearchservice {

inline const model::Value* cluster_config(const model::Resource& domain) {
  return domain.property(domain.type == "AWS::Elasticsearch::Domain" ? "ElasticsearchClusterConfig" : "ClusterConfig");
}

}  // namespace infralint::rules::aws::opensearchservice
