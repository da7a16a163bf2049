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

// Reads the seccompProfile of the pod (`container` nullptr) or of one container, and
// reports a forbidden choice as a violation.
SeccompChoice judge_seccomp_profile(PodReader& pod, const Container* container);

}  // namespace infralint::rules::k8s::pss
