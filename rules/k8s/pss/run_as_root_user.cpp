// Pod Security Standards, Restricted, "Running as Non-root user".
#include "k8s/pss/pod_reader.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

class RunAsRootUser final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-run-as-root-user",
      .title = "Pod or container runs as user id 0",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "runAsUser set to 0 in the pod's securityContext (granular id pod) or in any container, "
              "init container or ephemeral container's (granular id container:<name>). Each place is "
              "judged on its own, as in the standard: a pod-level 0 is reported even when every container "
              "overrides it. Unset and any other number pass. Since Kubernetes 1.35 a pod in a user "
              "namespace of its own (spec.hostUsers: false) is not judged (not applicable).",
      .why = "User id 0 is root, on the node's kernel too unless a user namespace maps it away. Asking "
             "for it explicitly overrides a non-root user the image was built with, so a breakout starts "
             "from root. The standard forbids the explicit choice wherever it is written, whatever "
             "runAsNonRoot says. A namespace enforcing the Restricted standard rejects the pod, hence "
             "level Error.",
      .fix_cfn = "spec:\n"
                 "  securityContext:\n"
                 "    runAsUser: 10001   # any user id but 0\n"
                 "    runAsNonRoot: true\n"
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

    const Field<long long> at_pod = pod->integer(pod->pod_security_context(), "runAsUser");
    if (at_pod.known() && at_pod.value == 0) pod->violation(at_pod.at, "the pod sets runAsUser: 0", "pod");
    for (const Container& container : pod->containers()) {
      const Field<long long> own = pod->integer(pod->security_context(container), "runAsUser");
      if (own.known() && own.value == 0)
        pod->violation(own.at, pod->describe(container) + " sets runAsUser: 0", pod->granular_id(container));
    }
  }
};

INFRALINT_RULE_INSTANCE(RunAsRootUser)

}  // namespace infralint::rules::k8s::pss
