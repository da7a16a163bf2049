// K8s-BestPractices-SA1: pods do not get an API token they did not ask for. Either
// the pod spec or the ServiceAccount it runs as (looked up across every file of the
// scan) turns the automatic mount off.
#include <string>

#include "k8s/common/cluster_view.hpp"
#include "k8s/common/workload.hpp"
#include "k8s/workload/pod_containers.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::workload {

using model::Value;

class PodServiceAccountTokenAutomounted final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-workload-pod-service-account-token-automounted",
      .title = "Pod gets a service-account token mounted automatically",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A workload whose pod spec sets automountServiceAccountToken: true, or leaves it unset while the "
              "ServiceAccount the pod runs as (serviceAccountName, else \"default\", in the workload's "
              "namespace) does not set automountServiceAccountToken: false. The ServiceAccount is looked up in "
              "every file of the scan; one that is not there counts as mounting the token, as Kubernetes' "
              "default does. The pod's own field wins over the ServiceAccount's.",
      .why = "The mounted token lets any process in the pod call the Kubernetes API with the ServiceAccount's "
             "rights. Most applications never call the API, so the token only helps whoever breaks into the "
             "container to move on into the cluster. A warning: the harm depends on what the ServiceAccount "
             "is allowed. A pod that really calls the API keeps its token and says why in a suppression.",
      .fix_cfn = "apiVersion: v1\n"
                 "kind: ServiceAccount\n"
                 "metadata: {name: web, namespace: shop}\n"
                 "automountServiceAccountToken: false\n"
                 "---\n"
                 "# or in the pod spec itself\n"
                 "spec:\n"
                 "  serviceAccountName: web\n"
                 "  automountServiceAccountToken: false",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& workload, model::Sink& sink) const override {
    const Value* spec = pod_spec_or_report(workload, sink);
    if (spec == nullptr) return;
    if (const Value* own = spec->find("automountServiceAccountToken"); own && !own->is_null()) {
      if (!own->is_bool()) {
        sink.unresolved(workload, own, "automountServiceAccountToken is not a boolean");
      } else if (own->as_bool()) {
        sink.report(workload, own, "the pod spec asks for the service-account token to be mounted");
      }
      return;
    }
    const std::string account = service_account(*spec);
    const model::Resource* found = cluster_view(workload).find("ServiceAccount", namespace_of(workload), account);
    if (found == nullptr) {
      sink.report(workload, nullptr,
                  "the pod does not set automountServiceAccountToken: false and its ServiceAccount " + account +
                      " is not in the scan, so the token is mounted");
      return;
    }
    const Value* account_field = found->at("/automountServiceAccountToken");
    if (account_field != nullptr && !account_field->is_null() && !account_field->is_bool()) {
      sink.unresolved(workload, nullptr,
                      "ServiceAccount " + account + " has an automountServiceAccountToken that is not a boolean");
      return;
    }
    if (account_field != nullptr && account_field->is_bool() && !account_field->as_bool()) return;
    sink.report(workload, nullptr,
                "neither the pod nor its ServiceAccount " + account +
                    " sets automountServiceAccountToken: false, so the token is mounted");
  }

 private:
  // serviceAccountName, then the deprecated serviceAccount, then "default".
  static std::string service_account(const Value& spec) {
    for (std::string_view field : {"serviceAccountName", "serviceAccount"})
      if (const Value* name = spec.find(field); name && name->is_string() && !name->as_string().empty())
        return std::string(name->as_string());
    return "default";
  }
};

INFRALINT_RULE_INSTANCE(PodServiceAccountTokenAutomounted)

}  // namespace infralint::rules::k8s::workload
