// Pod Security Standards, Baseline, "SELinux": only the container types, and no custom
// user or role.
#include <algorithm>
#include <array>

#include "k8s/pss/pod_reader.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

namespace {
// container_engine_t joined the list in Kubernetes 1.31 (for nested container engines).
constexpr std::array<std::string_view, 5> kAllowedTypes = {"", "container_t", "container_init_t", "container_kvm_t",
                                                           "container_engine_t"};
}  // namespace

class SelinuxCustomOptions final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-selinux-custom-options",
      .title = "Pod sets a custom SELinux type, user or role",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "seLinuxOptions in the pod's securityContext or in any container, init container or "
              "ephemeral container's, when its type is not empty, container_t, container_init_t, "
              "container_kvm_t or container_engine_t, or when it sets a user or a role. The level field "
              "is free. One finding per place (granular id pod or container:<name>), at its first "
              "offending field.",
      .why = "The SELinux label decides what the container's processes may touch on the node. A type "
             "such as spc_t or unconfined_t, or a chosen user or role, steps outside the confinement the "
             "container policy gives every other pod. A namespace enforcing the Baseline standard "
             "rejects the pod, hence level Error.",
      .fix_cfn = "spec:\n"
                 "  securityContext:\n"
                 "    seLinuxOptions:\n"
                 "      level: \"s0:c123,c456\"   # choosing the MCS level is fine; leave type, user and role out\n"
                 "  containers:\n"
                 "    - name: app\n"
                 "      image: registry.example.com/app:1.4.2",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    judge(*pod, nullptr);
    for (const Container& container : pod->containers()) judge(*pod, &container);
  }

 private:
  // The pod's (container nullptr) or one container's seLinuxOptions.
  static void judge(PodReader& pod, const Container* container) {
    const Field<const model::Value*> options = pod.mapping(pod.security_context(container), "seLinuxOptions");
    if (!options.known()) return;
    const model::Value* first = nullptr;
    std::string problems;
    const auto note = [&](const model::Value* at, std::string problem) {
      if (!first) first = at;
      problems.append(problems.empty() ? "" : ", ").append(problem);
    };
    // In document order, so the finding points at the first problem a reader meets.
    for (const model::Member& member : options.value->members()) {
      if (member.key != "type" && member.key != "user" && member.key != "role") continue;
      const Field<std::string_view> set = pod.text(options.value, member.key);
      if (!set.known()) continue;
      const bool allowed = member.key == "type"
                               ? std::find(kAllowedTypes.begin(), kAllowedTypes.end(), set.value) != kAllowedTypes.end()
                               : set.value.empty();  // user and role may not be chosen at all
      if (!allowed) note(set.at, member.key + " " + std::string(set.value));
    }
    if (first) pod.violation(first, pod.describe(container) + " sets SELinux " + problems, pod.granular_id(container));
  }
};

INFRALINT_RULE_INSTANCE(SelinuxCustomOptions)

}  // namespace infralint::rules::k8s::pss
