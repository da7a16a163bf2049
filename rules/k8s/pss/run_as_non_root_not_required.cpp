// Pod Security Standards, Restricted, "Running as Non-root".
#include "k8s/pss/pod_reader.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

class RunAsNonRootNotRequired final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-run-as-non-root-not-required",
      .title = "Container is not required to run as a non-root user",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "runAsNonRoot must end up true for every container, init container and ephemeral "
              "container: set on the container, or inherited from the pod's securityContext when the "
              "container leaves it out. Reported: the pod setting it to false (granular id pod; its "
              "containers that inherit the false are covered by that finding), a container setting it to "
              "false, and a container for which neither it nor the pod sets it (granular id "
              "container:<name>, at the container). Since Kubernetes 1.35 a pod in a user namespace of "
              "its own (spec.hostUsers: false) is not judged (not applicable): its root is not the "
              "node's.",
      .why = "runAsNonRoot: true makes the kubelet refuse to start a container whose user would be root, "
             "whatever the image says. Without it, an image built to run as root does so, and any "
             "breakout starts from uid 0. A namespace enforcing the Restricted standard rejects the pod, "
             "hence level Error.",
      .fix_cfn = "spec:\n"
                 "  securityContext:\n"
                 "    runAsNonRoot: true   # inherited by every container that does not override it\n"
                 "    runAsUser: 10001\n"
                 "  containers:\n"
                 "    - name: app\n"
                 "      image: registry.example.com/app:1.4.2",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    const Field<bool> own_user_namespace = pod->own_user_namespace();
    if (own_user_namespace.unjudgeable()) return;
    if (own_user_namespace.value) return pod->not_applicable();

    const Field<bool> at_pod = pod->flag(pod->pod_security_context(), "runAsNonRoot");
    if (at_pod.known() && !at_pod.value) pod->violation(at_pod.at, "the pod sets runAsNonRoot: false", "pod");
    for (const Container& container : pod->containers()) {
      const Field<bool> own = pod->flag(pod->security_context(container), "runAsNonRoot");
      if (own.unjudgeable() || (own.known() && own.value)) continue;
      if (own.known()) {
        pod->violation(own.at, pod->describe(container) + " sets runAsNonRoot: false", pod->granular_id(container));
        continue;
      }
      // Inherits the pod's: true passes, false is the pod's finding, unjudgeable was reported.
      if (at_pod.unset())
        pod->violation(container.value, "neither " + pod->describe(container) + " nor its pod sets runAsNonRoot: true",
                       pod->granular_id(container));
    }
  }
};

INFRALINT_RULE_INSTANCE(RunAsNonRootNotRequired)

}  // namespace infralint::rules::k8s::pss
