// Pod Security Standards, Baseline, "Privileged Containers".
#include "k8s/pss/pod_reader.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

class PrivilegedContainer final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-privileged-container",
      .title = "Container runs privileged",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A container, init container or ephemeral container whose securityContext.privileged is "
              "true; one finding per container (granular id container:<name>). Unset and false pass; "
              "the field exists only on containers, so nothing at pod level is read.",
      .why = "A privileged container gets every capability, every device of the node and no seccomp, "
             "AppArmor or SELinux confinement: root in it is root on the node, a mount or a kernel module "
             "away from owning the machine and every pod on it. A namespace enforcing the Baseline "
             "standard rejects the pod, hence level Error.",
      .fix_cfn = "containers:\n"
                 "  - name: app\n"
                 "    image: registry.example.com/app:1.4.2\n"
                 "    securityContext:\n"
                 "      privileged: false   # grant a single capability instead, if one is really needed",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    for (const Container& container : pod->containers()) {
      const Field<bool> privileged = pod->flag(pod->security_context(container), "privileged");
      if (privileged.known() && privileged.value)
        pod->violation(privileged.at, pod->describe(container) + " sets privileged: true",
                       pod->granular_id(container));
    }
  }
};

INFRALINT_RULE_INSTANCE(PrivilegedContainer)

}  // namespace infralint::rules::k8s::pss
