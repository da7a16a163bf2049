// Reading a seccomp profile, which both Pod Security Standards levels judge: Baseline
// forbids choosing a bad one, Restricted also forbids choosing none.
#pragma once

#include <string>

#include "k8s/pss/pod_reader.hpp"

namespace infralint::rules::k8s::pss {

enum class SeccompChoice : std::uint8_t {
  Unset,        // no seccompProfile here
  Allowed,      // RuntimeDefault or Localhost
  Forbidden,    // anything else (Unconfined, or a profile without a type): reported
  Unjudgeable,  // a value of the wrong shape: reported unresolved
};

// Reads securityContext.seccompProfile of `security_context` (the pod's or one
// container's) and reports a forbidden choice as a violation by `who`.
SeccompChoice judge_seccomp_profile(PodReader& pod, const Field<const model::Value*>& security_context, const std::string& who,
                                    std::string granular_id);

}  // namespace infralint::rules::k8s::pss
