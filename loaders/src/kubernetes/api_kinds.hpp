// What the loader needs to know about Kubernetes API kinds without asking a cluster:
// the API group of an apiVersion, which built-in kinds live outside namespaces, and
// which apiVersion/kind pairs belong to tools' own configuration files rather than
// to objects a cluster stores.
#pragma once

#include <string_view>

namespace infralint::loaders::detail::kubernetes {

// The API group of an apiVersion: "apps" for "apps/v1", "" for the core group ("v1").
std::string_view api_group(std::string_view api_version);

// Built-in kinds the API server keeps outside any namespace (Namespace, ClusterRole,
// StorageClass, ...), by group and kind, current and retired API versions alike.
bool is_builtin_cluster_scoped(std::string_view group, std::string_view kind);

// Files that carry apiVersion and kind but configure a tool, never reach a cluster,
// and so are no manifests: kustomization files, kubeconfigs, the component configs
// of kubelet, kube-proxy, the scheduler (and its old v1 Policy file) and kubeadm,
// audit policies, kind clusters, Skaffold.
bool is_tool_configuration(std::string_view api_version, std::string_view kind);

}  // namespace infralint::loaders::detail::kubernetes
