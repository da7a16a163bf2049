// Where a Kubernetes workload keeps its pod: the pod spec and pod metadata of every
// kind that runs pods, and the containers of all three lists. Every workload rule
// reads pods through here, so a new workload kind is one line in workload.cpp.
#pragma once

#include <array>
#include <string_view>
#include <vector>

#include "infralint/model/resource.hpp"
#include "infralint/model/value.hpp"

namespace infralint::rules::k8s {

// Resource types (apiVersion/kind) that carry a pod template, current and removed
// API versions alike: old manifests still deserve a verdict.
inline constexpr std::array<std::string_view, 19> kWorkloadTypes = {
    "v1/Pod",
    "v1/PodTemplate",
    "v1/ReplicationController",
    "apps/v1/Deployment",
    "apps/v1/StatefulSet",
    "apps/v1/DaemonSet",
    "apps/v1/ReplicaSet",
    "batch/v1/Job",
    "batch/v1/CronJob",
    "batch/v1beta1/CronJob",
    "extensions/v1beta1/Deployment",
    "extensions/v1beta1/DaemonSet",
    "extensions/v1beta1/ReplicaSet",
    "apps/v1beta1/Deployment",
    "apps/v1beta1/StatefulSet",
    "apps/v1beta2/Deployment",
    "apps/v1beta2/StatefulSet",
    "apps/v1beta2/DaemonSet",
    "apps/v1beta2/ReplicaSet",
};

// The object's kind: "Deployment" for "apps/v1/Deployment".
std::string_view kind_of(const model::Resource& object);

// Pointer from a workload of this kind to its pod template (the mapping holding the
// pod's metadata and spec): "" for a Pod, "/spec/template" for a Deployment, ...
std::string_view template_pointer(std::string_view kind);

// The pod spec of a workload (spec, spec.template.spec, spec.jobTemplate.spec.template.spec
// or template.spec by kind); nullptr when the object has none or it is not a mapping.
const model::Value* pod_spec(const model::Resource& workload);

// The metadata of the pod a workload runs (the object's own for a Pod, its template's
// otherwise); nullptr when absent.
const model::Value* pod_metadata(const model::Resource& workload);

struct Container {
  const model::Value* value = nullptr;  // the container mapping
  std::string_view list;                // "containers", "initContainers" or "ephemeralContainers"
  std::string_view name;                // its name ("" when it has none)
};

// Every container of a pod spec, in document order: containers, then init containers,
// then ephemeral containers. Entries that are not mappings are passed over.
std::vector<Container> containers(const model::Value& pod_spec);

// A field of a container's securityContext, falling back to the pod's
// securityContext where Kubernetes does (runAsUser, runAsNonRoot, seccompProfile,
// seLinuxOptions, ...); nullptr when neither sets it.
const model::Value* effective_security_field(const model::Value& pod_spec, const model::Value& container,
                                             std::string_view field);

}  // namespace infralint::rules::k8s
