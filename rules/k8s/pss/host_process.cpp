// Pod Security Standards, Baseline, "HostProcess": no Windows HostProcess containers.
#include "k8s/pss/pod_reader.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

class HostProcess final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-host-process",
      .title = "Pod runs Windows HostProcess containers",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A pod whose securityContext.windowsOptions.hostProcess is true, or a container, init "
              "container or ephemeral container whose own securityContext sets it. Unset and false pass. "
              "Each offending container is its own finding (granular id container:<name>); the pod-level "
              "field is granular id pod.",
      .why = "A HostProcess container is an ordinary process on the Windows node, with the node's "
             "network, file system and the rights of the account it runs as: there is no container "
             "boundary left to protect the node. A namespace enforcing the Baseline standard rejects the "
             "pod, hence level Error.",
      .fix_cfn = "spec:\n"
                 "  securityContext:\n"
                 "    windowsOptions:\n"
                 "      hostProcess: false   # or leave windowsOptions.hostProcess out\n"
                 "  containers:\n"
                 "    - name: app\n"
                 "      image: registry.example.com/app:1.4.2",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    const Field<bool> at_pod = pod->flag(pod->mapping(pod->pod_security_context(), "windowsOptions"),
                                         "hostProcess");
    if (at_pod.known() && at_pod.value)
      pod->violation(at_pod.at, "the pod sets windowsOptions.hostProcess: true", "pod");
    for (const Container& container : pod->containers()) {
      const Field<bool> own =
          pod->flag(pod->mapping(pod->security_context(container), "windowsOptions"), "hostProcess");
      if (own.known() && own.value)
        pod->violation(own.at, pod->describe(container) + " sets windowsOptions.hostProcess: true",
                       pod->granular_id(container));
    }
  }
};

INFRALINT_RULE_INSTANCE(HostProcess)

}  // namespace infralint::rules::k8s::pss
