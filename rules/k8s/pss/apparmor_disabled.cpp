// Pod Security Standards, Baseline, "AppArmor": the runtime's default profile (or one
// loaded on the node) stays in force.
#include "k8s/pss/pod_reader.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

namespace {
constexpr std::string_view kAnnotationPrefix = "container.apparmor.security.beta.kubernetes.io/";

bool allowed_type(std::string_view type) { return type == "RuntimeDefault" || type == "Localhost"; }
bool allowed_annotation(std::string_view value) {
  return value.empty() || value == "runtime/default" || value.starts_with("localhost/");
}
}  // namespace

class ApparmorDisabled final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-apparmor-disabled",
      .title = "Pod turns off or replaces the default AppArmor profile",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "Either way of choosing an AppArmor profile: the appArmorProfile.type of the pod's "
              "securityContext or of any container, init container or ephemeral container, when it is "
              "not RuntimeDefault or Localhost (a profile without a type counts as neither); and the "
              "older pod annotations container.apparmor.security.beta.kubernetes.io/<container>, when "
              "their value is not empty, runtime/default or localhost/<profile>. Granular ids: pod, "
              "container:<name>, annotation:<key>. Unset passes.",
      .why = "AppArmor is one of the walls between a compromised process and the node: the runtime's "
             "default profile forbids mounts, writes to /proc and /sys and other moves a breakout needs. "
             "Unconfined removes that wall for the container. A namespace enforcing the Baseline "
             "standard rejects the pod, hence level Error.",
      .fix_cfn = "spec:\n"
                 "  securityContext:\n"
                 "    appArmorProfile:\n"
                 "      type: RuntimeDefault   # or Localhost with localhostProfile: <a profile on the node>\n"
                 "  containers:\n"
                 "    - name: app\n"
                 "      image: registry.example.com/app:1.4.2",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    judge_profile(*pod, nullptr);
    for (const Container& container : pod->containers()) judge_profile(*pod, &container);

    const Field<const model::Value*> annotations = pod->mapping(pod_metadata(object), "annotations");
    if (!annotations.known()) return;
    for (const model::Member& annotation : annotations.value->members()) {
      if (!annotation.key.starts_with(kAnnotationPrefix)) continue;
      const Field<std::string_view> value = pod->text(annotations.value, annotation.key);
      if (value.known() && !allowed_annotation(value.value))
        pod->violation(value.at, "annotation " + annotation.key + " asks for profile '" + std::string(value.value) + "'",
                       "annotation:" + annotation.key);
    }
  }

 private:
  // The pod's (container nullptr) or one container's appArmorProfile.
  static void judge_profile(PodReader& pod, const Container* container) {
    const Field<const model::Value*> profile = pod.mapping(pod.security_context(container), "appArmorProfile");
    if (!profile.known()) return;
    const Field<std::string_view> type = pod.text(profile.value, "type");
    if (type.unjudgeable()) return;
    if (type.unset())
      pod.violation(profile.at, pod.describe(container) + " sets an appArmorProfile without a type",
                    pod.granular_id(container));
    else if (!allowed_type(type.value))
      pod.violation(type.at, pod.describe(container) + " sets appArmorProfile type " + std::string(type.value),
                    pod.granular_id(container));
  }
};

INFRALINT_RULE_INSTANCE(ApparmorDisabled)

}  // namespace infralint::rules::k8s::pss
