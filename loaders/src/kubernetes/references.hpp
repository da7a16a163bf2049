// Edges from a Kubernetes object to the objects it names, for rules to follow
// (Reference::Kind::Other, name = the target's id; Graph::link() resolves them among
// the objects of the same file):
//
//   RoleBinding, ClusterRoleBinding  -> roleRef: the Role (in the binding's namespace)
//                                       or ClusterRole it grants
//                                    -> each ServiceAccount among its subjects
//   HorizontalPodAutoscaler          -> spec.scaleTargetRef: the workload it scales
//
// Label selectors (Services, PodDisruptionBudgets, NetworkPolicies) are no edges:
// which pods a selector picks is a judgement the rules make.
#pragma once

#include <string_view>

#include "infralint/model/resource.hpp"
#include "kubernetes/manifest_objects.hpp"
#include "kubernetes/object_identity.hpp"

namespace infralint::loaders::detail::kubernetes {

// Appends the references of `object` (loaded as `resource`, in `namespace_`, "" when
// cluster-scoped) to resource.references, in document order.
void add_references(model::Resource& resource, const ManifestObject& object, std::string_view namespace_,
                    const Scopes& scopes);

}  // namespace infralint::loaders::detail::kubernetes
