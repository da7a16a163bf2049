// K8s-BestPractices-NS1: workloads live in a namespace of their own, not in
// `default`, whether they name it or land there by leaving metadata.namespace out.
#include "k8s/common/workload.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::workload {

using model::Value;

class InDefaultNamespace final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-workload-in-default-namespace",
      .title = "Workload runs in the default namespace",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A workload whose metadata.namespace is \"default\", or is missing (kubectl then uses the "
              "namespace of the current context, which is default unless someone changed it, so the manifest "
              "alone does not say where it goes). A namespace that is not a plain string is unresolved.",
      .why = "Namespaces are where quotas, LimitRanges, NetworkPolicies, RBAC bindings and Pod Security "
             "admission levels attach. The default namespace usually has none of them and is shared by "
             "everything deployed without thought, so a workload there gets no boundary from its neighbours. "
             "A manifest without a namespace also deploys wherever the operator's context points. A warning: "
             "it weakens separation but opens nothing by itself.",
      .fix_cfn = "apiVersion: apps/v1\n"
                 "kind: Deployment\n"
                 "metadata:\n"
                 "  name: web\n"
                 "  namespace: shop",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& workload, model::Sink& sink) const override {
    const Value* ns = workload.at("/metadata/namespace");
    if (ns == nullptr || ns->is_null()) {
      sink.report(workload, nullptr, "the manifest names no namespace, so it deploys into the current one (default)");
      return;
    }
    if (!ns->is_string()) {
      sink.unresolved(workload, ns, "metadata.namespace is not a string");
      return;
    }
    if (ns->as_string().empty() || ns->as_string() == "default")
      sink.report(workload, ns, "the workload is placed in the default namespace");
  }
};

INFRALINT_RULE_INSTANCE(InDefaultNamespace)

}  // namespace infralint::rules::k8s::workload
