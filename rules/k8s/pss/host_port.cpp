// Pod Security Standards, Baseline, "Host Ports".
#include "k8s/pss/pod_reader.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

class HostPort final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-host-port",
      .title = "Container binds a port of its node",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A container, init container or ephemeral container with a ports entry whose hostPort is "
              "anything but 0 or unset. One finding per container (granular id container:<name>), at its "
              "first host port. The standard allows a cluster to keep a list of permitted host ports; "
              "infralint knows no such list, so every host port is reported.",
      .why = "A host port opens the pod on the node's own address, outside the Service and "
             "NetworkPolicy model the rest of the cluster relies on, and ties the pod to nodes where that "
             "port is free. It is also a way to intercept traffic meant for the node. A namespace "
             "enforcing the Baseline standard rejects the pod, hence level Error.",
      .fix_cfn = "containers:\n"
                 "  - name: web\n"
                 "    image: registry.example.com/web:2.0.1\n"
                 "    ports:\n"
                 "      - containerPort: 8080   # no hostPort: expose it through a Service",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    for (const Container& container : pod->containers()) {
      const Field<const model::Value*> ports = pod->list(container.value, "ports");
      if (!ports.known()) continue;
      const model::Value* first = nullptr;
      std::string numbers;
      for (const model::Value& item : ports.value->items()) {
        const Field<long long> host_port = pod->integer(pod->mapping_item(item, "ports"), "hostPort");
        if (!host_port.known() || host_port.value == 0) continue;
        if (!first) first = host_port.at;
        numbers.append(numbers.empty() ? "" : ", ").append(std::to_string(host_port.value));
      }
      if (first)
        pod->violation(first, pod->describe(container) + " binds host port " + numbers,
                       pod->granular_id(container));
    }
  }
};

INFRALINT_RULE_INSTANCE(HostPort)

}  // namespace infralint::rules::k8s::pss
