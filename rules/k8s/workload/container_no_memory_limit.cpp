// K8s-BestPractices-RES2: every app and init container has a memory limit, set on the
// container, on the pod (pod-level resources) or by a LimitRange default of its
// namespace. A cpu limit is not required, on purpose (see `why`).
#include "k8s/common/workload.hpp"
#include "k8s/workload/compute_resources.hpp"
#include "k8s/workload/pod_containers.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::workload {

using model::Resource;
using model::Value;

class ContainerNoMemoryLimit final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-workload-container-no-memory-limit",
      .title = "Container has no memory limit",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "An app or init container with no resources.limits.memory, when the pod sets no pod-level memory "
              "limit and no LimitRange of the workload's namespace found in the scan supplies a default limit. "
              "CPU limits are not asked for. One finding per container, granular id container:<name>.",
      .why = "Memory cannot be taken back from a process once it has it: a container without a limit can grow "
             "until the node runs out, and the kernel then kills processes of other pods on that node too. "
             "CPU is different: it is shared by weight and a busy container only slows down, while a cpu limit "
             "throttles a container even when the node has idle cores, which hurts latency for no gain, so this "
             "rule leaves cpu limits to the team. A warning: it protects neighbours' availability, not "
             "isolation of data.",
      .fix_cfn = "spec:\n"
                 "  containers:\n"
                 "    - name: web\n"
                 "      image: registry.example.com/web:1.4.2\n"
                 "      resources:\n"
                 "        requests:\n"
                 "          cpu: 250m\n"
                 "          memory: 256Mi\n"
                 "        limits:\n"
                 "          memory: 256Mi",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const Resource& workload, model::Sink& sink) const override {
    const Value* spec = pod_spec_or_report(workload, sink);
    if (spec == nullptr) return;
    const Value* ignored = nullptr;
    const bool pod_limit = quantity(*spec, "limits", "memory", ignored) == Presence::Set;
    if (pod_limit || namespace_defaults_limit(workload, "memory")) return;
    for (const PodContainer& container : pod_containers(*spec, kRegular | kInit)) {
      const Value* unreadable = nullptr;
      const Presence limit = quantity(*container.value, "limits", "memory", unreadable);
      if (limit == Presence::Set) continue;
      if (limit == Presence::Unreadable) {
        sink.unresolved(workload, unreadable, container.label() + " has resources that are not a mapping");
        continue;
      }
      const Value* at = container.value->at("/resources/limits");
      if (at == nullptr) at = container.value->find("resources");
      sink.report(workload, at ? at : container.value, container.label() + " sets no memory limit",
                  container.granular_id());
    }
  }
};

INFRALINT_RULE_INSTANCE(ContainerNoMemoryLimit)

}  // namespace infralint::rules::k8s::workload
