// The /proc mount check both Pod Security Standards levels share: Baseline skips pods
// in a user namespace of their own, Restricted does not.
#pragma once

#include "k8s/pss/pod_reader.hpp"

namespace infralint::rules::k8s::pss {

// Reports each container, init container or ephemeral container whose
// securityContext.procMount is set to anything but Default.
void report_unmasked_proc_mounts(PodReader& pod);

// The prose both rules share.
inline constexpr std::string_view kProcMountWhy =
    "The container runtime hides and write-protects parts of /proc (kernel keys, sysrq, timers and "
    "the like) that a container has no business reading or changing. An Unmasked /proc hands them to "
    "the container; that is only meant for nested container runtimes, which need more care than a "
    "field in a manifest gives them. A namespace enforcing the level rejects the pod, hence level "
    "Error.";
inline constexpr std::string_view kProcMountFix =
    "containers:\n"
    "  - name: app\n"
    "    image: registry.example.com/app:1.4.2\n"
    "    securityContext:\n"
    "      procMount: Default   # or leave procMount out";

}  // namespace infralint::rules::k8s::pss
