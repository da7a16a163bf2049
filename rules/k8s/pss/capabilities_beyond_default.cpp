// Pod Security Standards, Baseline, "Capabilities": containers add nothing beyond the
// default set a container runtime grants anyway.
#include <algorithm>
#include <array>

#include "k8s/pss/pod_reader.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

namespace {
// The runtime's default set, which Baseline lets a container add back after dropping
// it; compared exactly, as the admission check does ("CAP_CHOWN" or "chown" is not it).
constexpr std::array<std::string_view, 13> kDefaultSet = {
    "AUDIT_WRITE", "CHOWN",  "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL",       "MKNOD",
    "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
};
}  // namespace

class CapabilitiesBeyondDefault final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-capabilities-beyond-default",
      .title = "Container adds Linux capabilities beyond the default set",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A container, init container or ephemeral container whose securityContext.capabilities.add "
              "names a capability outside AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, "
              "NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT. Names are compared "
              "exactly, so CAP_SYS_ADMIN or sys_admin is outside the set too. One finding per container "
              "(granular id container:<name>), at its first offending entry.",
      .why = "Capabilities such as SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE or NET_RAW hand a piece "
             "of root's power over the kernel to the container; several are a known path out of it. "
             "The default set is what any container already has. A namespace enforcing the Baseline "
             "standard rejects the pod, hence level Error.",
      .fix_cfn = "containers:\n"
                 "  - name: app\n"
                 "    image: registry.example.com/app:1.4.2\n"
                 "    securityContext:\n"
                 "      capabilities:\n"
                 "        drop: [\"ALL\"]\n"
                 "        add: [\"NET_BIND_SERVICE\"]   # only names from the default set",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    for (const Container& container : pod->containers()) {
      const Field<const model::Value*> added =
          pod->list(pod->mapping(pod->security_context(container), "capabilities"), "add");
      if (!added.known()) continue;
      const model::Value* first = nullptr;
      std::string names;
      for (const model::Value& item : added.value->items()) {
        const Field<std::string_view> name = pod->text_item(item, "add");
        if (!name.known() || std::find(kDefaultSet.begin(), kDefaultSet.end(), name.value) != kDefaultSet.end())
          continue;
        if (!first) first = &item;
        names.append(names.empty() ? "" : ", ").append(name.value);
      }
      if (first)
        pod->violation(first, pod->describe(container) + " adds " + names + ", outside the default set",
                       pod->granular_id(container));
    }
  }
};

INFRALINT_RULE_INSTANCE(CapabilitiesBeyondDefault)

}  // namespace infralint::rules::k8s::pss
