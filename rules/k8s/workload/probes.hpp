// What the liveness and readiness rules share: which workloads and containers are
// expected to have a probe at all.
#pragma once

#include <string_view>

#include "infralint/model/resource.hpp"
#include "infralint/model/rule.hpp"

namespace infralint::rules::k8s::workload {

// Reports each long-running container of `workload` without `probe_field`
// ("livenessProbe", "readinessProbe"): app containers and sidecars (init containers
// with restartPolicy Always). Run-once init containers and ephemeral containers are
// passed over (the API rejects probes on them), and workloads meant to finish
// (runs_to_completion) are not applicable.
void report_missing_probe(const model::Resource& workload, model::Sink& sink, std::string_view probe_field,
                          std::string_view probe_name);

}  // namespace infralint::rules::k8s::workload
