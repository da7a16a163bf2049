// The graph's name for a Kubernetes object:
//
//   namespaced kinds      <kind>/<namespace>/<name>   "Deployment/shop/web"; the namespace
//                                                      is "default" when metadata omits it
//   cluster-scoped kinds  <kind>/<name>               "ClusterRole/view", "Namespace/shop"
//
// Cluster-scoped kinds are the built-in ones (api_kinds.hpp) and custom kinds that a
// CustomResourceDefinition in the same file declares with `scope: Cluster`; any
// other custom kind is taken to be namespaced, as most are. A namespace written on a
// cluster-scoped object is ignored, as the API server ignores it.
//
// An object without metadata.name is still loaded and checked, with a warning. With
// generateName it is named by that prefix ("Job/default/migrate-": the API server
// appends the random part); with neither, by its position among the file's objects
// ("Deployment/default/#3"), so it can still be found in reports and suppressed by
// config.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kubernetes/manifest_objects.hpp"

namespace infralint::loaders::detail::kubernetes {

// Which kinds of one file are cluster-scoped.
class Scopes {
 public:
  // Learns the custom kinds declared cluster-scoped by CustomResourceDefinitions
  // among `objects`.
  explicit Scopes(const std::vector<ManifestObject>& objects);
  bool cluster_scoped(std::string_view group, std::string_view kind) const;

 private:
  std::vector<std::pair<std::string_view, std::string_view>> custom_;  // (group, kind)
};

struct ObjectIdentity {
  std::string type;       // <apiVersion>/<kind>: "apps/v1/Deployment", "v1/Pod"
  std::string id;         // as above
  std::string namespace_;  // "" for cluster-scoped objects
  std::optional<std::string> warning;  // set when the name had to be made up
};

// `ordinal` is the object's 1-based position among the file's objects.
ObjectIdentity identify(const ManifestObject& object, std::size_t ordinal, const Scopes& scopes);

// The id of an object of `kind` named `name`, in namespace `namespace_` unless the
// kind is cluster-scoped: what a reference from another object resolves to.
std::string object_id(std::string_view kind, std::string_view namespace_, std::string_view name, bool cluster_scoped);

}  // namespace infralint::loaders::detail::kubernetes
