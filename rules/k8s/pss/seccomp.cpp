#include "k8s/pss/seccomp.hpp"

namespace infralint::rules::k8s::pss {

SeccompChoice judge_seccomp_profile(PodReader& pod, const Field<const model::Value*>& security_context, const std::string& who,
                                    std::string granular_id) {
  const Field<const model::Value*> profile = pod.mapping(security_context, "seccompProfile");
  if (profile.unset()) return SeccompChoice::Unset;
  if (profile.unjudgeable()) return SeccompChoice::Unjudgeable;
  const Field<std::string_view> type = pod.text(profile.value, "type");
  if (type.unjudgeable()) return SeccompChoice::Unjudgeable;
  // A profile without a type is no choice the API accepts, and the admission check reads
  // its type as "", which is not an allowed one.
  if (type.unset()) {
    pod.violation(profile.at, who + " sets a seccompProfile without a type", std::move(granular_id));
    return SeccompChoice::Forbidden;
  }
  if (type.value == "RuntimeDefault" || type.value == "Localhost") return SeccompChoice::Allowed;
  pod.violation(type.at, who + " sets seccompProfile type " + std::string(type.value), std::move(granular_id));
  return SeccompChoice::Forbidden;
}

}  // namespace infralint::rules::k8s::pss
