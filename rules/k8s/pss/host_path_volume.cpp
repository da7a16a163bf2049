// Pod Security Standards, Baseline, "HostPath Volumes".
#include "k8s/pss/pod_reader.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

class HostPathVolume final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-host-path-volume",
      .title = "Pod mounts a directory of its node",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A pod spec volume with a hostPath source; one finding per volume (granular id "
              "volume:<name>), at its hostPath key. A hostPath of null counts as unset.",
      .why = "A hostPath volume puts the node's own files inside the container: the container runtime's "
             "socket, kubelet credentials, other pods' data, or /etc of the host. Read-write, it is a "
             "short path to controlling the node; even read-only, it leaks secrets that are not the "
             "pod's. A namespace enforcing the Baseline standard rejects the pod, hence level Error.",
      .fix_cfn = "volumes:\n"
                 "  - name: scratch\n"
                 "    emptyDir: {}           # pod-local scratch space instead of the node's disk\n"
                 "  - name: data\n"
                 "    persistentVolumeClaim:\n"
                 "      claimName: app-data  # durable storage through a claim",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    const Field<const model::Value*> volumes = pod->list(&pod->spec(), "volumes");
    if (!volumes.known()) return;
    for (const model::Value& item : volumes.value->items()) {
      const Field<const model::Value*> volume = pod->mapping_item(item, "volumes");
      if (!volume.known()) continue;
      const model::Value* host_path = volume.value->find("hostPath");
      if (!host_path || host_path->is_null()) continue;
      const Field<std::string_view> name = pod->text(volume.value, "name");
      const Field<std::string_view> path = pod->text(host_path, "path");
      std::string detail = "volume '" + std::string(name.value) + "' mounts the node's ";
      detail += path.known() ? "path " + std::string(path.value) : std::string("file system");
      pod->violation(host_path, std::move(detail), "volume:" + std::string(name.value));
    }
  }
};

INFRALINT_RULE_INSTANCE(HostPathVolume)

}  // namespace infralint::rules::k8s::pss
