// What the whole scan says about the cluster: every Kubernetes object of every file,
// indexed by kind and namespace. Rules that judge an object by its neighbours (a
// NetworkPolicy of the namespace, the ServiceAccount a pod runs as, a
// PodDisruptionBudget covering a Deployment) look them up here instead of walking
// every stack for every resource. Built once per scan and shared by all threads.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "infralint/model/resource.hpp"

namespace infralint::rules::k8s {

// The object's metadata.namespace, or "default" when it has none (what kubectl does
// without -n). Cluster-scoped kinds answer "default" too; callers know their kinds.
std::string_view namespace_of(const model::Resource& object);

// The object's metadata.name ("" when absent).
std::string_view name_of(const model::Resource& object);

class ClusterView {
 public:
  // Indexes every resource of `stacks` (graph order).
  explicit ClusterView(std::span<const model::Stack* const> stacks);

  // Objects of one kind (any apiVersion) in one namespace, in graph order.
  std::span<const model::Resource* const> in_namespace(std::string_view kind, std::string_view ns) const;
  // Objects of one kind (any apiVersion) in every namespace, in graph order.
  std::span<const model::Resource* const> of_kind(std::string_view kind) const;
  // The object of this kind, namespace and name; the first one when a scan repeats it.
  const model::Resource* find(std::string_view kind, std::string_view ns, std::string_view name) const;
  // Workloads (kWorkloadTypes) of a namespace, in graph order.
  std::span<const model::Resource* const> workloads_in(std::string_view ns) const;

 private:
  using Index = std::map<std::string, std::vector<const model::Resource*>, std::less<>>;
  static std::span<const model::Resource* const> lookup(const Index& index, std::string_view key);
  Index by_kind_namespace_;  // "<kind>/<namespace>"
  Index by_kind_;            // "<kind>"
  Index workloads_;          // "<namespace>"
};

// The view of the scan `any` belongs to: every Kubernetes stack of the scan (through
// Stack::same_format), computed on first use.
const ClusterView& cluster_view(const model::Resource& any);

}  // namespace infralint::rules::k8s
