#include "k8s/pss/seccomp.hpp"

namespace infralint::rules::k8s::pss {

SeccompChoice judge_seccomp_profile(PodReader& pod, const Container* container) {
  const Field<const model::Value*> profile = pod.mapping(pod.security_context(container), "seccompProfile");
  if (profile.unset()) return SeccompChoice::Unset;
  if (profile.unjudgeable()) return SeccompChoice::Unjudgeable;
  const Field<std::string_view> type = pod.text(profile.value, "type");
  if (type.unjudgeable()) return SeccompChoice::Unjudgeable;
  // A profile without a type is no choice the API accepts, and the admission check reads
  // its type as "", which is not an allowed one.
  if (type.unset()) {
    pod.violation(profile.at, pod.describe(container) + " sets a seccompProfile without a type",
                  pod.granular_id(container));
    return SeccompChoice::Forbidden;
  }
  if (type.value == "RuntimeDefault" || type.value == "Localhost") return SeccompChoice::Allowed;
  pod.violation(type.at, pod.describe(container) + " sets seccompProfile type " + std::string(type.value),
                pod.granular_id(container));
  return SeccompChoice::Forbidden;
}

}  // namespace infralint::rules::k8s::pss
