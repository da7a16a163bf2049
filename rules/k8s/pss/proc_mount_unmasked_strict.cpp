// Pod Security Standards, Restricted, "/proc Mount Type": the Baseline control without
// its user-namespace allowance, which Restricted takes back.
#include "k8s/pss/proc_mount.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

class ProcMountUnmaskedStrict final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-proc-mount-unmasked-strict",
      .title = "Container unmasks /proc, even in a user namespace",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A container, init container or ephemeral container whose securityContext.procMount is "
              "set to anything but Default, whatever spec.hostUsers says; one finding per container "
              "(granular id container:<name>). This is the Restricted form of the /proc control: it "
              "takes the place of k8s-pss-proc-mount-unmasked in the Restricted pack, as the upstream "
              "Restricted profile replaces its Baseline check.",
      .why = kProcMountWhy,
      .fix_cfn = kProcMountFix,
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    report_unmasked_proc_mounts(*pod);
  }
};

INFRALINT_RULE_INSTANCE(ProcMountUnmaskedStrict)

}  // namespace infralint::rules::k8s::pss
