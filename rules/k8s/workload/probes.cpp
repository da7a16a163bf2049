#include "k8s/workload/probes.hpp"

#include <string>

#include "k8s/workload/pod_containers.hpp"

namespace infralint::rules::k8s::workload {

void report_missing_probe(const model::Resource& workload, model::Sink& sink, std::string_view probe_field,
                          std::string_view probe_name) {
  const model::Value* spec = pod_spec_or_report(workload, sink);
  if (spec == nullptr) return;
  if (runs_to_completion(workload, *spec)) {
    sink.not_applicable(workload);
    return;
  }
  for (const PodContainer& container : pod_containers(*spec, kRegular | kInit)) {
    if (container.list == "initContainers" && !is_sidecar(*container.value)) continue;
    const model::Value* probe = container.value->find(probe_field);
    if (probe != nullptr && !probe->is_null()) continue;
    sink.report(workload, container.value, container.label() + " has no " + std::string(probe_name),
                container.granular_id());
  }
}

}  // namespace infralint::rules::k8s::workload
