// The access policy cdk-nag's OpenSearch rules read (OpenSearchAllowlistedIPs,
// OpenSearchNoUnsignedOrAnonymousAccess). CDK's Domain construct does not put an access
// policy on the domain itself: it sets it afterwards with a custom resource at
// "<domain scope>/AccessPolicy" ("ESAccessPolicy" for Elasticsearch), whose Update
// property is an Fn::Join of a JSON text. cdk-nag finds that resource by construct
// path, joins the list, parses it, and parses the AccessPolicies text inside; only
// when there is no such resource (or it yields null) does it read AccessPolicies.
#pragma once

#include <optional>

#include "infralint/model/resource.hpp"
#include "infralint/model/value.hpp"

namespace infralint::rules::aws::opensearchservice {

class DomainAccessPolicy {
 public:
  // Throws CannotValidate where cdk-nag's reading throws: an Update that is not an
  // Fn::Join of a list, or text JSON.parse rejects (an intrinsic in the wrong place).
  explicit DomainAccessPolicy(const model::Resource& domain);
  DomainAccessPolicy(const DomainAccessPolicy&) = delete;
  DomainAccessPolicy& operator=(const DomainAccessPolicy&) = delete;

  // The policy document; nullptr for undefined.
  const model::Value* document() const { return document_; }

 private:
  std::optional<model::Value> parsed_;  // owned when it came from the custom resource
  const model::Value* document_ = nullptr;
};

}  // namespace infralint::rules::aws::opensearchservice
