// Pod Security Standards, Restricted, "Volume Types": inline volumes only of the kinds
// that cannot reach outside the cluster's own storage model.
#include <algorithm>
#include <array>

#include "k8s/pss/pod_reader.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

namespace {
// image joined the list in Kubernetes 1.33.
constexpr std::array<std::string_view, 9> kAllowedSources = {
    "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret",
};
}  // namespace

class VolumeTypeNotAllowed final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-volume-type-not-allowed",
      .title = "Pod uses a volume type outside the restricted list",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A pod spec volume whose source is not configMap, csi, downwardAPI, emptyDir, ephemeral, "
              "image (allowed since Kubernetes 1.33), persistentVolumeClaim, projected or secret: "
              "hostPath, nfs, iscsi, rbd, cephfs, gitRepo, flexVolume, the in-tree cloud disks, and any "
              "key this list does not know. A volume with a name only is an emptyDir to the API server "
              "and passes; a source of null counts as absent. One finding per volume (granular id "
              "volume:<name>), at its first offending source. This rule covers hostPath too, so it takes "
              "the place of k8s-pss-host-path-volume in the Restricted pack, as the upstream Restricted "
              "profile replaces that Baseline check.",
      .why = "The allowed types are either pod-local or go through PersistentVolumes, where a cluster "
             "administrator decides what storage exists. Inline network and node volumes let a pod's "
             "author mount arbitrary servers, devices or node paths with the node's credentials, and "
             "gitRepo runs git on the node. A namespace enforcing the Restricted standard rejects the "
             "pod, hence level Error.",
      .fix_cfn = "volumes:\n"
                 "  - name: data\n"
                 "    persistentVolumeClaim:\n"
                 "      claimName: app-data   # the NFS or disk behind it is the administrator's PersistentVolume\n"
                 "  - name: config\n"
                 "    configMap:\n"
                 "      name: app-config",
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
      for (const model::Member& source : volume.value->members()) {
        if (source.key == "name" || source.value.is_null()) continue;
        if (std::find(kAllowedSources.begin(), kAllowedSources.end(), source.key) != kAllowedSources.end()) continue;
        const std::string name(pod->text(volume, "name").value);
        pod->violation(&source.value, "volume '" + name + "' is of type " + source.key, "volume:" + name);
        break;
      }
    }
  }
};

INFRALINT_RULE_INSTANCE(VolumeTypeNotAllowed)

}  // namespace infralint::rules::k8s::pss
