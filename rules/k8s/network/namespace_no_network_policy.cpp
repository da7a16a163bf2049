// K8s-BestPractices-NP1: every namespace that runs workloads has a NetworkPolicy
// somewhere in the scan. One finding per namespace: on its Namespace object when the
// scan has one, otherwise on the first workload of that namespace in scan order.
#include <algorithm>
#include <array>
#include <string>

#include "k8s/common/cluster_view.hpp"
#include "k8s/common/workload.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::network {

using model::Resource;

namespace {
// Workload kinds that run pods (a PodTemplate runs nothing), plus Namespace.
constexpr std::array<std::string_view, kWorkloadTypes.size()> kJudgedTypes = [] {
  std::array<std::string_view, kWorkloadTypes.size()> out{};
  std::size_t n = 0;
  out[n++] = "v1/Namespace";
  for (std::string_view type : kWorkloadTypes)
    if (type != "v1/PodTemplate") out[n++] = type;
  return out;
}();

// Namespaced policy kinds that isolate pods: Kubernetes' own (under any apiVersion,
// which also covers Calico's namespaced NetworkPolicy) and Cilium's.
constexpr std::array<std::string_view, 2> kNamespacedPolicyKinds = {"NetworkPolicy", "CiliumNetworkPolicy"};
// Policy kinds that apply to every namespace at once.
constexpr std::array<std::string_view, 4> kClusterPolicyKinds = {
    "GlobalNetworkPolicy", "CiliumClusterwideNetworkPolicy", "AdminNetworkPolicy", "BaselineAdminNetworkPolicy"};

bool runs_pods(const Resource& object) { return object.type != "v1/PodTemplate"; }
}  // namespace

class NamespaceNoNetworkPolicy final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-network-namespace-no-network-policy",
      .title = "Namespace runs workloads but has no NetworkPolicy",
      .resource_types = model::TypeList(kJudgedTypes),
      .what = "A namespace in which the scan finds workloads that run pods (PodTemplates do not count) but no "
              "NetworkPolicy, in any file of the scan (Calico's and Cilium's namespaced policies count too, and "
              "a cluster-wide GlobalNetworkPolicy, CiliumClusterwideNetworkPolicy or AdminNetworkPolicy covers "
              "every namespace). The finding is raised once per namespace: on its Namespace object when the "
              "scan has one, else on the first workload of the namespace in scan order.",
      .why = "Without a NetworkPolicy a namespace's pods accept connections from every pod in the cluster and "
             "may connect anywhere, so one compromised pod can reach databases and internal APIs of every "
             "team. A default-deny policy per namespace, with allowances for the traffic that is meant, "
             "contains a breach. A warning: the manifests may be deployed where policies are managed "
             "elsewhere; suppress with that reason if so.",
      .fix_cfn = "apiVersion: networking.k8s.io/v1\n"
                 "kind: NetworkPolicy\n"
                 "metadata: {name: default-deny, namespace: shop}\n"
                 "spec:\n"
                 "  podSelector: {}\n"
                 "  policyTypes: [Ingress, Egress]",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const Resource& object, model::Sink& sink) const override {
    const ClusterView& view = cluster_view(object);
    const bool is_namespace = kind_of(object) == "Namespace";
    const std::string_view ns = is_namespace ? name_of(object) : namespace_of(object);
    const auto workloads = view.workloads_in(ns);
    const auto first_running = std::find_if(workloads.begin(), workloads.end(),
                                            [](const Resource* w) { return runs_pods(*w); });
    if (first_running == workloads.end()) return;  // nothing runs there
    // One finding per namespace: on the first Namespace object of that name when the
    // scan has one, else on the first workload that runs pods there.
    const Resource* carrier = namespace_object(view, ns);
    if (carrier == nullptr) carrier = *first_running;
    if (carrier != &object) return;
    for (std::string_view kind : kClusterPolicyKinds)
      if (!view.of_kind(kind).empty()) return;
    for (std::string_view kind : kNamespacedPolicyKinds)
      if (!view.in_namespace(kind, ns).empty()) return;
    const std::size_t running = static_cast<std::size_t>(
        std::count_if(workloads.begin(), workloads.end(), [](const Resource* w) { return runs_pods(*w); }));
    sink.report(object, nullptr,
                "namespace " + std::string(ns) + " runs " + std::to_string(running) +
                    (running == 1 ? " workload" : " workloads") + " and the scan holds no NetworkPolicy for it");
  }

 private:
  static const Resource* namespace_object(const ClusterView& view, std::string_view ns) {
    for (const Resource* candidate : view.of_kind("Namespace"))
      if (name_of(*candidate) == ns) return candidate;
    return nullptr;
  }
};

INFRALINT_RULE_INSTANCE(NamespaceNoNetworkPolicy)

}  // namespace infralint::rules::k8s::network
