// Reading a container's compute resources (resources.requests / resources.limits)
// the way the API server ends up seeing them: a request left out copies the
// container's limit, pod-level resources cover containers that set none, and a
// LimitRange of the namespace fills in defaults at admission.
#pragma once

#include <string_view>

#include "infralint/model/resource.hpp"
#include "infralint/model/value.hpp"

namespace infralint::rules::k8s::workload {

enum class Presence { Set, Missing, Unreadable };

// Whether `owner` (a container, or a pod spec for pod-level resources) sets
// resources.<list>.<name> ("requests"/"limits", "cpu"/"memory") to a non-null value.
// Unreadable when `resources` or the list is there but not a mapping; `culprit` then
// points at it.
Presence quantity(const model::Value& owner, std::string_view list, std::string_view name,
                  const model::Value*& culprit);

// A LimitRange of the workload's namespace (anywhere in the scan) gives containers a
// default request for `name`: a Container item with defaultRequest, default, max or
// min for it (the API server derives the default request from those, in that order).
bool namespace_defaults_request(const model::Resource& workload, std::string_view name);

// A LimitRange of the workload's namespace gives containers a default limit for
// `name`: a Container item with default or max for it.
bool namespace_defaults_limit(const model::Resource& workload, std::string_view name);

}  // namespace infralint::rules::k8s::workload
