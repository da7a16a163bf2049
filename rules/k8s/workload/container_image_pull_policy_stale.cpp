// K8s-BestPractices-IMG2: imagePullPolicy does not leave nodes running whatever copy
// of a moving image they happen to hold.
#include <string>

#include "k8s/common/workload.hpp"
#include "k8s/workload/image_reference.hpp"
#include "k8s/workload/pod_containers.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::workload {

using model::Value;

class ContainerImagePullPolicyStale final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-workload-container-image-pull-policy-stale",
      .title = "Container pull policy lets nodes run a stale or missing image",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A container (any of the three lists) whose imagePullPolicy is Never; or IfNotPresent while its "
              "image is tagged latest or has no tag (and no digest); or a value other than Always, IfNotPresent "
              "and Never. An unset policy passes: Kubernetes then picks Always for latest and untagged images "
              "and IfNotPresent for the rest, which is the safe choice. A release tag with IfNotPresent passes "
              "too: re-pulling a fixed release buys little and makes every pod start depend on the registry. "
              "One finding per container, granular id container:<name>.",
      .why = "With IfNotPresent a node reuses any copy it has of the tag, so a moving tag such as latest runs "
             "different builds on different nodes and never picks up a fix on a node that already has an old "
             "copy. Never goes further: the kubelet will not pull at all and the pod starts only on nodes where "
             "someone pre-loaded the image, which is a development setting (kind, minikube) that should not "
             "reach a shared cluster. A warning: deployments become unpredictable, access is not opened.",
      .fix_cfn = "spec:\n"
                 "  containers:\n"
                 "    - name: web\n"
                 "      image: registry.example.com/web:1.4.2\n"
                 "      imagePullPolicy: IfNotPresent   # fine for a fixed release tag or a digest\n"
                 "    - name: tools\n"
                 "      image: registry.example.com/tools:latest\n"
                 "      imagePullPolicy: Always         # a moving tag must be pulled every time",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& workload, model::Sink& sink) const override {
    const Value* spec = pod_spec_or_report(workload, sink);
    if (spec == nullptr) return;
    for (const PodContainer& container : pod_containers(*spec, kAllLists)) {
      const Value* policy = container.value->find("imagePullPolicy");
      if (policy == nullptr || policy->is_null()) continue;
      if (!policy->is_string()) {
        sink.unresolved(workload, policy, container.label() + " has an imagePullPolicy that is not a string");
        continue;
      }
      const std::string_view value = policy->as_string();
      if (value == "Always") continue;
      if (value == "Never") {
        sink.report(workload, policy, container.label() + " never pulls its image, so it starts only where it was pre-loaded",
                    container.granular_id());
        continue;
      }
      if (value != "IfNotPresent") {
        sink.report(workload, policy,
                    container.label() + " has imagePullPolicy " + std::string(value) +
                        ", which is none of Always, IfNotPresent and Never",
                    container.granular_id());
        continue;
      }
      judge_if_not_present(workload, container, policy, sink);
    }
  }

 private:
  static void judge_if_not_present(const model::Resource& workload, const PodContainer& container,
                                   const Value* policy, model::Sink& sink) {
    const Value* image = container.value->find("image");
    if (image == nullptr || image->is_null()) return;
    if (!image->is_string() || is_unrendered_image(image->as_string())) {
      sink.unresolved(workload, image, container.label() + " names its image through a value not known here");
      return;
    }
    const ImagePin pin = pin_of(parse_image(image->as_string()));
    if (pin == ImagePin::Latest || pin == ImagePin::Untagged)
      sink.report(workload, policy,
                  container.label() + " pulls the moving image " + std::string(image->as_string()) +
                      " only if the node has no copy yet",
                  container.granular_id());
  }
};

INFRALINT_RULE_INSTANCE(ContainerImagePullPolicyStale)

}  // namespace infralint::rules::k8s::workload
