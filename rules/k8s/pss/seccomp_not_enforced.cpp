// Pod Security Standards, Restricted, "Seccomp": every container runs under
// RuntimeDefault or a Localhost profile, chosen on it or on its pod.
#include "k8s/pss/seccomp.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

class SeccompNotEnforced final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-seccomp-not-enforced",
      .title = "Container does not run under a seccomp profile",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "Every container, init container and ephemeral container must run under a seccomp "
              "profile of type RuntimeDefault or Localhost, set on the container or inherited from the "
              "pod's securityContext. Reported: a pod or container choosing another type (Unconfined, or "
              "a profile without a type; granular id pod or container:<name>), and a container for which "
              "neither it nor its pod chooses a profile (at the container). Containers inheriting a bad "
              "pod-level choice are covered by the pod's finding. This rule includes the Baseline seccomp "
              "control and takes its place in the Restricted pack, as upstream does. A Windows pod "
              "(spec.os.name: windows) is not judged (not applicable), as in the standard since "
              "Kubernetes 1.25.",
      .why = "Left unset, seccomp is whatever the node's runtime defaults to, which for the kubelet "
             "means no filter at all unless the cluster turned on its seccomp default. Stating "
             "RuntimeDefault keeps the syscall filter in place everywhere the pod is scheduled. A "
             "namespace enforcing the Restricted standard rejects the pod, hence level Error.",
      .fix_cfn = "spec:\n"
                 "  securityContext:\n"
                 "    seccompProfile:\n"
                 "      type: RuntimeDefault   # inherited by every container that does not choose its own\n"
                 "  containers:\n"
                 "    - name: app\n"
                 "      image: registry.example.com/app:1.4.2",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    const Field<bool> windows = pod->windows();
    if (windows.unjudgeable()) return;
    if (windows.value) return pod->not_applicable();

    const SeccompChoice at_pod = judge_seccomp_profile(*pod, nullptr);
    for (const Container& container : pod->containers()) {
      const SeccompChoice own = judge_seccomp_profile(*pod, &container);
      if (own == SeccompChoice::Unset && at_pod == SeccompChoice::Unset)
        pod->violation(container.value, "neither " + pod->describe(container) + " nor its pod sets a seccomp profile",
                       pod->granular_id(container));
    }
  }
};

INFRALINT_RULE_INSTANCE(SeccompNotEnforced)

}  // namespace infralint::rules::k8s::pss
