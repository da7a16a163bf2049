// K8s-BestPractices-IMG1: every container names a fixed image: a tag other than
// latest, or better a digest.
#include <string>

#include "k8s/common/workload.hpp"
#include "k8s/workload/image_reference.hpp"
#include "k8s/workload/pod_containers.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::workload {

using model::Value;

class ContainerImageLatestOrUntagged final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-workload-container-image-latest-or-untagged",
      .title = "Container image has no tag or is tagged latest",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A container, init container or ephemeral container whose image has no tag (\"nginx\", "
              "\"registry:5000/team/app\": the number there is the registry's port) or the tag latest. An image "
              "pinned by digest (\"app@sha256:...\") passes whatever its tag. An image still holding template "
              "syntax (\"${TAG}\", \"{{ ... }}\") is unresolved. One finding per container, granular id "
              "container:<name>.",
      .why = "A missing tag means latest, and latest moves: two nodes, or the same node before and after a "
             "restart, can run different code under one manifest, a rollback cannot return to the previous "
             "build, and a compromised upstream push reaches the cluster with the next pod start. A warning: it "
             "makes deployments unrepeatable rather than opening access by itself.",
      .fix_cfn = "spec:\n"
                 "  containers:\n"
                 "    - name: web\n"
                 "      # a release tag, or better the digest it resolved to\n"
                 "      image: registry.example.com/web:1.4.2@sha256:<digest>",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& workload, model::Sink& sink) const override {
    const Value* spec = pod_spec_or_report(workload, sink);
    if (spec == nullptr) return;
    for (const PodContainer& container : pod_containers(*spec, kAllLists)) {
      const Value* image = container.value->find("image");
      if (image == nullptr || image->is_null()) continue;  // no image to judge (the API requires one)
      if (!image->is_string() || is_unrendered_image(image->as_string())) {
        sink.unresolved(workload, image, container.label() + " names its image through a value not known here");
        continue;
      }
      const std::string_view text = image->as_string();
      switch (pin_of(parse_image(text))) {
        case ImagePin::Digest:
        case ImagePin::Tag:
          break;
        case ImagePin::Latest:
          sink.report(workload, image, container.label() + " runs " + std::string(text) + ", a moving tag",
                      container.granular_id());
          break;
        case ImagePin::Untagged:
          sink.report(workload, image,
                      container.label() + " runs " + std::string(text) + " without a tag, which means latest",
                      container.granular_id());
          break;
      }
    }
  }
};

INFRALINT_RULE_INSTANCE(ContainerImageLatestOrUntagged)

}  // namespace infralint::rules::k8s::workload
