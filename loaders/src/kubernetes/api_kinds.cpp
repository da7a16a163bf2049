#include "kubernetes/api_kinds.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace infralint::loaders::detail::kubernetes {

namespace {

using GroupKind = std::pair<std::string_view, std::string_view>;

// From the API reference's list of cluster-scoped resources (kubectl api-resources
// --namespaced=false). Review-style kinds that are only ever created through the
// API (TokenReview, SubjectAccessReview) are left out: they do not appear in
// manifests.
constexpr std::array<GroupKind, 35> kClusterScoped = {{
    {"", "ComponentStatus"},
    {"", "Namespace"},
    {"", "Node"},
    {"", "PersistentVolume"},
    {"admissionregistration.k8s.io", "InitializerConfiguration"},  // alpha, removed in 1.14
    {"admissionregistration.k8s.io", "MutatingAdmissionPolicy"},
    {"admissionregistration.k8s.io", "MutatingAdmissionPolicyBinding"},
    {"admissionregistration.k8s.io", "MutatingWebhookConfiguration"},
    {"admissionregistration.k8s.io", "ValidatingAdmissionPolicy"},
    {"admissionregistration.k8s.io", "ValidatingAdmissionPolicyBinding"},
    {"admissionregistration.k8s.io", "ValidatingWebhookConfiguration"},
    {"apiextensions.k8s.io", "CustomResourceDefinition"},
    {"apiregistration.k8s.io", "APIService"},
    {"certificates.k8s.io", "CertificateSigningRequest"},
    {"certificates.k8s.io", "ClusterTrustBundle"},
    {"extensions", "PodSecurityPolicy"},
    {"flowcontrol.apiserver.k8s.io", "FlowSchema"},
    {"flowcontrol.apiserver.k8s.io", "PriorityLevelConfiguration"},
    {"internal.apiserver.k8s.io", "StorageVersion"},
    {"networking.k8s.io", "IPAddress"},
    {"networking.k8s.io", "IngressClass"},
    {"networking.k8s.io", "ServiceCIDR"},
    {"node.k8s.io", "RuntimeClass"},
    {"policy", "PodSecurityPolicy"},
    {"rbac.authorization.k8s.io", "ClusterRole"},
    {"rbac.authorization.k8s.io", "ClusterRoleBinding"},
    {"resource.k8s.io", "DeviceClass"},
    {"resource.k8s.io", "ResourceSlice"},
    {"scheduling.k8s.io", "PriorityClass"},
    {"storage.k8s.io", "CSIDriver"},
    {"storage.k8s.io", "CSINode"},
    {"storage.k8s.io", "StorageClass"},
    {"storage.k8s.io", "VolumeAttachment"},
    {"storage.k8s.io", "VolumeAttributesClass"},
    {"storagemigration.k8s.io", "StorageVersionMigration"},
}};

// API groups whose every kind configures a tool.
constexpr std::array<std::string_view, 4> kToolGroups = {
    "audit.k8s.io",      // API server audit policy
    "kubeadm.k8s.io",    // kubeadm InitConfiguration, ClusterConfiguration, ...
    "kind.x-k8s.io",     // kind cluster definitions
    "skaffold",          // skaffold.yaml ("skaffold/v4beta6")
};

}  // namespace

std::string_view api_group(std::string_view api_version) {
  const std::size_t slash = api_version.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : api_version.substr(0, slash);
}

bool is_builtin_cluster_scoped(std::string_view group, std::string_view kind) {
  static_assert(std::is_sorted(kClusterScoped.begin(), kClusterScoped.end()), "keep the table sorted");
  return std::binary_search(kClusterScoped.begin(), kClusterScoped.end(), GroupKind{group, kind});
}

bool is_tool_configuration(std::string_view api_version, std::string_view kind) {
  const std::string_view group = api_group(api_version);
  // Component configs all live in groups named <component>.config.k8s.io, kustomize's
  // included (kustomize.config.k8s.io: Kustomization, Component).
  if (group.ends_with(".config.k8s.io")) return true;
  if (std::find(kToolGroups.begin(), kToolGroups.end(), group) != kToolGroups.end()) return true;
  // A kubeconfig (v1 Config), and the scheduler's policy file of old releases (v1
  // Policy); the core group has no object of either kind.
  return group.empty() && (kind == "Config" || kind == "Policy");
}

}  // namespace infralint::loaders::detail::kubernetes
