// The containers a best-practice rule judges, named the way findings name them.
// Each finding on a container carries the granular id "container:<name>" (names are
// unique across the three lists of a pod), so one container can be suppressed
// without the others.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "infralint/model/resource.hpp"
#include "infralint/model/rule.hpp"
#include "infralint/model/value.hpp"

namespace infralint::rules::k8s::workload {

// Which container lists a rule reads.
enum ContainerLists : unsigned {
  kRegular = 1u,    // spec.containers
  kInit = 2u,       // spec.initContainers
  kEphemeral = 4u,  // spec.ephemeralContainers
  kAllLists = kRegular | kInit | kEphemeral,
};

struct PodContainer {
  const model::Value* value = nullptr;  // the container mapping
  std::string_view list;                // "containers", "initContainers" or "ephemeralContainers"
  std::string_view name;                // "" when the container has none
  std::size_t position = 0;             // index within its list

  // "container:web"; "container:<list>/<position>" when unnamed. Built only when a
  // finding needs it.
  std::string granular_id() const;
  // "container web", "init container setup", "ephemeral container #1 of ephemeralContainers".
  std::string label() const;
};

// The containers of `lists`, in document order (containers, init, ephemeral).
std::vector<PodContainer> pod_containers(const model::Value& pod_spec, unsigned lists);

// An init container with restartPolicy Always: a sidecar that runs beside the app
// for the pod's whole life (and may have probes), unlike a run-once init container.
bool is_sidecar(const model::Value& container);

// The workload's pod spec. When there is none to read, says so on `sink` (not
// applicable when the object has no pod template at all, unresolved when it has
// something else there, e.g. an unrendered template) and returns nullptr.
const model::Value* pod_spec_or_report(const model::Resource& workload, model::Sink& sink);

// Pods that are meant to finish: every Job and CronJob, and any pod whose
// restartPolicy is Never or OnFailure. Probes and replicas mean little for them.
bool runs_to_completion(const model::Resource& workload, const model::Value& pod_spec);

}  // namespace infralint::rules::k8s::workload
