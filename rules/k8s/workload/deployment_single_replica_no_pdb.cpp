// K8s-BestPractices-PDB1: a Deployment that runs a single pod has a
// PodDisruptionBudget, so a node drain does not take its only pod away unannounced.
// Replicas come from spec.replicas (1 when left out, as Kubernetes defaults it), or
// from the minReplicas of a HorizontalPodAutoscaler of the scan that scales it.
#include <array>
#include <optional>
#include <string>

#include "k8s/common/cluster_view.hpp"
#include "k8s/common/workload.hpp"
#include "k8s/workload/label_selector.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::workload {

using model::Resource;
using model::Value;

namespace {
constexpr std::array<std::string_view, 4> kDeploymentTypes = {
    "apps/v1/Deployment", "apps/v1beta1/Deployment", "apps/v1beta2/Deployment", "extensions/v1beta1/Deployment"};

// The HorizontalPodAutoscaler of the namespace that scales this Deployment, if any.
const Resource* autoscaler_of(const Resource& deployment) {
  for (const Resource* hpa : cluster_view(deployment).in_namespace("HorizontalPodAutoscaler", namespace_of(deployment))) {
    const Value* kind = hpa->at("/spec/scaleTargetRef/kind");
    const Value* name = hpa->at("/spec/scaleTargetRef/name");
    if (kind && kind->as_string() == "Deployment" && name && name->as_string() == name_of(deployment)) return hpa;
  }
  return nullptr;
}
}  // namespace

class DeploymentSingleReplicaNoPdb final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-workload-deployment-single-replica-no-pdb",
      .title = "Single-replica Deployment has no PodDisruptionBudget",
      .resource_types = model::TypeList(kDeploymentTypes),
      .what = "A Deployment that runs exactly one pod (spec.replicas: 1, or replicas left out, which Kubernetes "
              "defaults to 1; when a HorizontalPodAutoscaler of the scan targets it, its minReplicas, default 1, "
              "counts instead) while no PodDisruptionBudget of its namespace, in any file of the scan, selects "
              "the pod template's labels. Selectors are matched with matchLabels and matchExpressions (In, "
              "NotIn, Exists, DoesNotExist); an empty policy/v1 selector covers every pod, a policy/v1beta1 one "
              "none. A selector that cannot be read makes the finding unresolved. Zero replicas pass.",
      .why = "With one replica every node drain, cluster upgrade or autoscaler scale-down stops the service "
             "until the pod is rescheduled and ready again, and nothing tells the operator beforehand. Run two "
             "or more replicas, or declare the budget so that drains wait (and the single point of failure is "
             "written down and reviewed). A warning: availability, not security.",
      .fix_cfn = "apiVersion: apps/v1\n"
                 "kind: Deployment\n"
                 "metadata: {name: web, namespace: shop}\n"
                 "spec:\n"
                 "  replicas: 2\n"
                 "  selector: {matchLabels: {app: web}}\n"
                 "  template:\n"
                 "    metadata: {labels: {app: web}}\n"
                 "---\n"
                 "apiVersion: policy/v1\n"
                 "kind: PodDisruptionBudget\n"
                 "metadata: {name: web, namespace: shop}\n"
                 "spec:\n"
                 "  maxUnavailable: 1\n"
                 "  selector: {matchLabels: {app: web}}",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const Resource& deployment, model::Sink& sink) const override {
    const Value* replicas = deployment.at("/spec/replicas");
    std::string source = "spec.replicas is 1";
    const Value* count_at = replicas;
    if (const Resource* hpa = autoscaler_of(deployment)) {
      count_at = hpa->at("/spec/minReplicas");
      source = "its HorizontalPodAutoscaler " + std::string(name_of(*hpa)) + " keeps at least 1 replica";
      if (count_at == nullptr || count_at->is_null()) return judge_single(deployment, nullptr, source, sink);
      replicas = nullptr;  // where to point: the Deployment, not the autoscaler's file
    } else if (count_at == nullptr || count_at->is_null()) {
      return judge_single(deployment, nullptr, "spec.replicas is left out, so it is 1", sink);
    }
    const std::optional<double> count = count_at->is_number() ? count_at->as_number() : std::nullopt;
    if (!count) {
      sink.unresolved(deployment, replicas, "the replica count is not a number");
      return;
    }
    if (*count == 1) judge_single(deployment, replicas, source, sink);
  }

 private:
  static void judge_single(const Resource& deployment, const Value* at, const std::string& why_single,
                           model::Sink& sink) {
    const Value* labels = pod_metadata(deployment) ? pod_metadata(deployment)->find("labels") : nullptr;
    const std::string_view ns = namespace_of(deployment);
    bool unknown = false;
    for (const Resource* budget : cluster_view(deployment).in_namespace("PodDisruptionBudget", ns)) {
      const bool v1beta1 = budget->type.starts_with("policy/v1beta1/");
      switch (selects(budget->at("/spec/selector"), labels, !v1beta1)) {
        case Selects::Yes: return;
        case Selects::Unknown: unknown = true; break;
        case Selects::No: break;
      }
    }
    if (unknown) {
      sink.unresolved(deployment, at, "a PodDisruptionBudget of namespace " + std::string(ns) +
                                          " has a selector that cannot be read");
      return;
    }
    sink.report(deployment, at,
                why_single + " and no PodDisruptionBudget of namespace " + std::string(ns) + " selects its pods");
  }
};

INFRALINT_RULE_INSTANCE(DeploymentSingleReplicaNoPdb)

}  // namespace infralint::rules::k8s::workload
