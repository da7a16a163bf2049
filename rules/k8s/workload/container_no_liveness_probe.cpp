// K8s-BestPractices-PRB1: long-running containers tell the kubelet how to see that
// they are stuck, so it can restart them.
#include "k8s/common/workload.hpp"
#include "k8s/workload/probes.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::workload {

class ContainerNoLivenessProbe final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-workload-container-no-liveness-probe",
      .title = "Long-running container has no liveness probe",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "An app container, or a sidecar (an init container with restartPolicy: Always), without a "
              "livenessProbe. Run-once init containers and ephemeral containers cannot have one and are not "
              "judged; Jobs, CronJobs and pods whose restartPolicy is Never or OnFailure are meant to finish and "
              "are not applicable. One finding per container, granular id container:<name>.",
      .why = "Without a liveness probe the kubelet only notices a container whose process exits. A server "
             "that deadlocks or stops answering keeps its pod Running, and traffic keeps going to it until a "
             "person steps in. A warning: it costs availability, not isolation.",
      .fix_cfn = "spec:\n"
                 "  containers:\n"
                 "    - name: web\n"
                 "      image: registry.example.com/web:1.4.2\n"
                 "      livenessProbe:\n"
                 "        httpGet: {path: /healthz, port: 8080}\n"
                 "        periodSeconds: 10\n"
                 "        failureThreshold: 3",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& workload, model::Sink& sink) const override {
    report_missing_probe(workload, sink, "livenessProbe", "liveness probe");
  }
};

INFRALINT_RULE_INSTANCE(ContainerNoLivenessProbe)

}  // namespace infralint::rules::k8s::workload
