// Pod Security Standards, Baseline, "/proc Mount Type".
#include "k8s/pss/proc_mount.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

class ProcMountUnmasked final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-proc-mount-unmasked",
      .title = "Container unmasks /proc",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A container, init container or ephemeral container whose securityContext.procMount is "
              "set to anything but Default (Unmasked, in practice); one finding per container (granular "
              "id container:<name>). Since Kubernetes 1.35 the Baseline standard lets a pod that runs in "
              "a user namespace of its own (spec.hostUsers: false) choose any procMount, so such a pod "
              "is not judged (not applicable); the Restricted pack judges it with "
              "k8s-pss-proc-mount-unmasked-strict.",
      .why = kProcMountWhy,
      .fix_cfn = kProcMountFix,
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    const Field<bool> own_user_namespace = pod->own_user_namespace();
    if (own_user_namespace.unjudgeable()) return;
    if (own_user_namespace.value) return pod->not_applicable();
    report_unmasked_proc_mounts(*pod);
  }
};

INFRALINT_RULE_INSTANCE(ProcMountUnmasked)

}  // namespace infralint::rules::k8s::pss
