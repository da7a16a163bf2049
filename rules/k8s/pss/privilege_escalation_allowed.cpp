// Pod Security Standards, Restricted, "Privilege Escalation".
#include "k8s/pss/pod_reader.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

class PrivilegeEscalationAllowed final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-privilege-escalation-allowed",
      .title = "Container may gain more privileges than it started with",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A container, init container or ephemeral container whose "
              "securityContext.allowPrivilegeEscalation is not false; unset counts, since the runtime's "
              "default is to allow it. One finding per container (granular id container:<name>), at the "
              "field when it is true, at the container when it is missing. The field exists only on "
              "containers. A Windows pod (spec.os.name: windows) is not judged (not applicable), as in "
              "the standard since Kubernetes 1.25: the setting means nothing there.",
      .why = "Unless allowPrivilegeEscalation is false the container's processes run without the kernel's "
             "no_new_privs flag, so a setuid or file-capability binary in the image turns an unprivileged "
             "foothold into root inside the container, one step closer to the node. A namespace "
             "enforcing the Restricted standard rejects the pod, hence level Error.",
      .fix_cfn = "containers:\n"
                 "  - name: app\n"
                 "    image: registry.example.com/app:1.4.2\n"
                 "    securityContext:\n"
                 "      allowPrivilegeEscalation: false",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    const Field<bool> windows = pod->windows();
    if (windows.unjudgeable()) return;
    if (windows.value) return pod->not_applicable();
    for (const Container& container : pod->containers()) {
      const Field<bool> allowed = pod->flag(pod->security_context(container), "allowPrivilegeEscalation");
      if (allowed.unjudgeable() || (allowed.known() && !allowed.value)) continue;
      if (allowed.known())
        pod->violation(allowed.at, pod->describe(container) + " sets allowPrivilegeEscalation: true",
                       pod->granular_id(container));
      else
        pod->violation(container.value, pod->describe(container) + " does not set allowPrivilegeEscalation: false",
                       pod->granular_id(container));
    }
  }
};

INFRALINT_RULE_INSTANCE(PrivilegeEscalationAllowed)

}  // namespace infralint::rules::k8s::pss
