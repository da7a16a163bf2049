#include "k8s/pss/proc_mount.hpp"

namespace infralint::rules::k8s::pss {

void report_unmasked_proc_mounts(PodReader& pod) {
  for (const Container& container : pod.containers()) {
    const Field<std::string_view> proc_mount = pod.text(pod.security_context(container), "procMount");
    if (proc_mount.known() && proc_mount.value != "Default")
      pod.violation(proc_mount.at, pod.describe(container) + " sets procMount " + std::string(proc_mount.value),
                    pod.granular_id(container));
  }
}

}  // namespace infralint::rules::k8s::pss
