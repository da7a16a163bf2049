// Pod Security Standards, Baseline, "Host Namespaces": the pod keeps its own network,
// process and IPC namespaces.
#include <array>

#include "k8s/pss/pod_reader.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

class HostNamespaces final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-host-namespaces",
      .title = "Pod shares a namespace with its node",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A pod spec with hostNetwork, hostPID or hostIPC set to true; one finding per field, whose "
              "granular id is the field's name. Unset and false pass.",
      .why = "With the node's network namespace a pod can listen on and sniff the node's interfaces and "
             "reach services bound to localhost; with its PID namespace it sees, signals and can trace "
             "every process on the node; with its IPC namespace it reads other workloads' shared memory. "
             "Each removes a wall between the pod and everything else on the machine. A namespace "
             "enforcing the Baseline standard rejects the pod, hence level Error.",
      .fix_cfn = "spec:\n"
                 "  hostNetwork: false   # the default; leaving the three fields out is the same\n"
                 "  hostPID: false\n"
                 "  hostIPC: false",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    static constexpr std::array<std::string_view, 3> kFields = {"hostNetwork", "hostPID", "hostIPC"};
    for (std::string_view field : kFields) {
      const Field<bool> shared = pod->flag(&pod->spec(), field);
      if (shared.known() && shared.value)
        pod->violation(shared.at, std::string(field) + " is true", std::string(field));
    }
  }
};

INFRALINT_RULE_INSTANCE(HostNamespaces)

}  // namespace infralint::rules::k8s::pss
