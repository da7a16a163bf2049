// K8s-BestPractices-PRB2: long-running containers say when they can take traffic, so
// Services and rollouts wait for them.
#include "k8s/common/workload.hpp"
#include "k8s/workload/probes.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::workload {

class ContainerNoReadinessProbe final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-workload-container-no-readiness-probe",
      .title = "Long-running container has no readiness probe",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "An app container, or a sidecar (an init container with restartPolicy: Always), without a "
              "readinessProbe. Run-once init containers and ephemeral containers cannot have one and are not "
              "judged; Jobs, CronJobs and pods whose restartPolicy is Never or OnFailure are meant to finish and "
              "are not applicable. One finding per container, granular id container:<name>.",
      .why = "A pod without a readiness probe counts as ready as soon as its containers start. Services send "
             "it requests while it is still warming up, and a rolling update replaces healthy pods with ones "
             "that cannot serve yet, so a bad release takes the whole Deployment down instead of stalling. A "
             "warning: it costs availability, not isolation.",
      .fix_cfn = "spec:\n"
                 "  containers:\n"
                 "    - name: web\n"
                 "      image: registry.example.com/web:1.4.2\n"
                 "      readinessProbe:\n"
                 "        httpGet: {path: /ready, port: 8080}\n"
                 "        periodSeconds: 5",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& workload, model::Sink& sink) const override {
    report_missing_probe(workload, sink, "readinessProbe", "readiness probe");
  }
};

INFRALINT_RULE_INSTANCE(ContainerNoReadinessProbe)

}  // namespace infralint::rules::k8s::workload
