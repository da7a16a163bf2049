// Pod Security Standards, Baseline, "Probes / Lifecycle Hooks" (Kubernetes 1.34): the
// kubelet's probes and hooks target the pod itself, never another host.
#include "k8s/pss/pod_reader.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

class ProbeHost final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-probe-host",
      .title = "Probe or lifecycle hook sends the kubelet to another host",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A container, init container or ephemeral container whose livenessProbe, readinessProbe "
              "or startupProbe, or whose lifecycle postStart or preStop hook, has an httpGet or tcpSocket "
              "handler with a non-empty host. One finding per container (granular id container:<name>), "
              "at its first such host. Part of the Baseline standard since Kubernetes 1.34.",
      .why = "Probes and hooks are run by the kubelet, from the node, with the node's network position. A "
             "host field turns them into requests the pod's author can aim anywhere: at services bound "
             "to the node's localhost, at the cloud metadata endpoint, at other tenants. Without it the "
             "kubelet only ever talks to the pod's own address. A namespace enforcing the Baseline "
             "standard rejects the pod, hence level Error.",
      .fix_cfn = "containers:\n"
                 "  - name: web\n"
                 "    image: registry.example.com/web:2.0.1\n"
                 "    livenessProbe:\n"
                 "      httpGet:\n"
                 "        path: /healthz\n"
                 "        port: 8080   # no host: the kubelet probes the pod's own IP",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    for (const Container& container : pod->containers()) {
      // In document order, so the finding points at the first host a reader meets.
      Found found;
      for (const model::Member& member : container.value->members()) {
        if (member.key == "livenessProbe" || member.key == "readinessProbe" || member.key == "startupProbe")
          judge_handler(*pod, pod->mapping(container.value, member.key), member.key, found);
        if (member.key != "lifecycle") continue;
        const Field<const model::Value*> lifecycle = pod->mapping(container.value, "lifecycle");
        if (!lifecycle.known()) continue;
        for (const model::Member& hook : lifecycle.value->members())
          if (hook.key == "postStart" || hook.key == "preStop")
            judge_handler(*pod, pod->mapping(lifecycle, hook.key), "lifecycle." + hook.key, found);
      }
      if (found.first)
        pod->violation(found.first, pod->describe(container) + " sets " + found.hosts, pod->granular_id(container));
    }
  }

 private:
  struct Found {
    const model::Value* first = nullptr;
    std::string hosts;
  };

  // An httpGet or tcpSocket handler of one probe or hook with a host.
  static void judge_handler(PodReader& pod, const Field<const model::Value*>& handler, std::string_view where,
                            Found& found) {
    for (std::string_view action : {"httpGet", "tcpSocket"}) {
      const Field<std::string_view> host = pod.text(pod.mapping(handler, action), "host");
      if (!host.known() || host.value.empty()) continue;
      if (!found.first) found.first = host.at;
      found.hosts.append(found.hosts.empty() ? "" : ", ")
          .append(where)
          .append(".")
          .append(action)
          .append(".host ")
          .append(host.value);
    }
  }
};

INFRALINT_RULE_INSTANCE(ProbeHost)

}  // namespace infralint::rules::k8s::pss
