// K8s-BestPractices-RES1: every app and init container asks the scheduler for the cpu
// and memory it needs. A request counts when the container sets it, when it sets a
// limit (which the API server copies into a missing request), when the pod sets
// pod-level resources, or when a LimitRange of the namespace supplies a default.
#include <string>
#include <vector>

#include "k8s/workload/compute_resources.hpp"
#include "k8s/common/workload.hpp"
#include "k8s/workload/pod_containers.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::workload {

using model::Resource;
using model::Value;

class ContainerNoResourceRequests final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-workload-container-no-resource-requests",
      .title = "Container does not request cpu and memory",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "An app or init container (ephemeral containers cannot reserve resources) whose cpu or memory "
              "request is not known at admission: the container sets neither a request nor a limit for it, the "
              "pod has no pod-level resources for it, and no LimitRange of the workload's namespace found in the "
              "scan supplies a default. One finding per container, granular id container:<name>.",
      .why = "The scheduler places pods by their requests. A container without them is scheduled as if it "
             "needed nothing, lands on nodes that are already full, and is the first to be evicted under "
             "memory pressure (BestEffort class). Hygiene rather than isolation, so a warning.",
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
    for (const PodContainer& container : pod_containers(*spec, kRegular | kInit)) {
      std::vector<std::string_view> missing;
      const Value* unreadable = nullptr;
      for (std::string_view name : {"cpu", "memory"}) {
        const Presence requested = requested_by(workload, *spec, *container.value, name, unreadable);
        if (requested == Presence::Unreadable) break;
        if (requested == Presence::Missing) missing.push_back(name);
      }
      if (unreadable != nullptr) {
        sink.unresolved(workload, unreadable, container.label() + " has resources that are not a mapping");
        continue;
      }
      if (missing.empty()) continue;
      const Value* resources = container.value->find("resources");
      const std::string what = missing.size() == 2 ? "neither cpu nor memory" : "no " + std::string(missing[0]);
      sink.report(workload, resources ? resources : container.value, container.label() + " requests " + what,
                  container.granular_id());
    }
  }

 private:
  static Presence requested_by(const Resource& workload, const Value& spec, const Value& container,
                               std::string_view name, const Value*& unreadable) {
    for (std::string_view list : {"requests", "limits"}) {
      const Presence own = quantity(container, list, name, unreadable);
      if (own != Presence::Missing) return own;
    }
    for (std::string_view list : {"requests", "limits"})
      if (quantity(spec, list, name, unreadable) == Presence::Set) return Presence::Set;
    unreadable = nullptr;  // an unreadable pod-level list only fails to help
    return namespace_defaults_request(workload, name) ? Presence::Set : Presence::Missing;
  }
};

INFRALINT_RULE_INSTANCE(ContainerNoResourceRequests)

}  // namespace infralint::rules::k8s::workload
