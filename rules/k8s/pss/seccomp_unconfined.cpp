// Pod Security Standards, Baseline, "Seccomp": no pod or container turns seccomp off.
#include "k8s/pss/seccomp.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

class SeccompUnconfined final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-seccomp-unconfined",
      .title = "Pod or container turns seccomp off",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A seccompProfile in the pod's securityContext or in any container, init container or "
              "ephemeral container's whose type is not RuntimeDefault or Localhost (Unconfined, or a "
              "profile without a type). Leaving the profile out passes at this level. Granular ids: pod, "
              "container:<name>. The seccomp annotations of Kubernetes before 1.19 are not read: the "
              "standard has judged the fields since then.",
      .why = "Seccomp filters the system calls a container may make; the runtime's default profile "
             "blocks dozens that containers never need and kernel exploits often do. Unconfined lets "
             "every one of them reach the node's kernel. A namespace enforcing the Baseline standard "
             "rejects the pod, hence level Error.",
      .fix_cfn = "spec:\n"
                 "  securityContext:\n"
                 "    seccompProfile:\n"
                 "      type: RuntimeDefault   # or Localhost with localhostProfile: <profile on the node>\n"
                 "  containers:\n"
                 "    - name: app\n"
                 "      image: registry.example.com/app:1.4.2",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    judge_seccomp_profile(*pod, nullptr);
    for (const Container& container : pod->containers()) judge_seccomp_profile(*pod, &container);
  }
};

INFRALINT_RULE_INSTANCE(SeccompUnconfined)

}  // namespace infralint::rules::k8s::pss
