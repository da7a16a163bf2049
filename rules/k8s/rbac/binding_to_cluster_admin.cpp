// K8s-BestPractices-RBAC3: nothing in the manifests hands out the cluster-admin role.
#include <string>

#include "k8s/common/cluster_view.hpp"
#include "k8s/common/workload.hpp"
#include "k8s/rbac/rbac_types.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::rbac {

using model::Value;

namespace {
// "ServiceAccount ci/deployer, Group ops" (at most three, then "and N more").
std::string describe_subjects(const Value* subjects) {
  std::string out;
  std::size_t shown = 0;
  const std::size_t total = subjects ? subjects->size() : 0;
  for (std::size_t i = 0; i < total && shown < 3; ++i, ++shown) {
    const Value& subject = subjects->items()[i];
    const Value* kind = subject.find("kind");
    const Value* name = subject.find("name");
    const Value* ns = subject.find("namespace");
    if (!out.empty()) out += ", ";
    out += kind ? std::string(kind->as_string()) : "subject";
    out += " ";
    if (ns && !ns->as_string().empty()) out += std::string(ns->as_string()) + "/";
    out += name ? std::string(name->as_string()) : "?";
  }
  if (total > shown) out += " and " + std::to_string(total - shown) + " more";
  return out.empty() ? "no subject yet" : out;
}
}  // namespace

class BindingToClusterAdmin final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-rbac-binding-to-cluster-admin",
      .title = "RBAC binding grants cluster-admin",
      .resource_types = model::TypeList(kBindingTypes),
      .what = "A ClusterRoleBinding or RoleBinding whose roleRef is the ClusterRole cluster-admin. A "
              "RoleBinding limits it to one namespace but still grants everything there, including Secrets and "
              "the right to bind further roles.",
      .why = "cluster-admin is the superuser role: whoever holds it can read every Secret, run privileged pods "
             "on any node and grant themselves anything else. Bound to a service account it turns any "
             "compromise of that workload into a compromise of the cluster. Grant a role written for the task "
             "instead. An error: it removes every isolation boundary the cluster has.",
      .fix_cfn = "apiVersion: rbac.authorization.k8s.io/v1\n"
                 "kind: RoleBinding\n"
                 "metadata: {name: deployer, namespace: shop}\n"
                 "roleRef:\n"
                 "  apiGroup: rbac.authorization.k8s.io\n"
                 "  kind: Role\n"
                 "  name: deployer          # a role granting only what the job needs\n"
                 "subjects:\n"
                 "  - {kind: ServiceAccount, name: ci, namespace: shop}",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& binding, model::Sink& sink) const override {
    const Value* kind = binding.at("/roleRef/kind");
    const Value* name = binding.at("/roleRef/name");
    if (kind == nullptr || name == nullptr || kind->as_string() != "ClusterRole" || name->as_string() != "cluster-admin")
      return;
    const std::string scope = kind_of(binding) == "ClusterRoleBinding"
                                  ? std::string("across the whole cluster")
                                  : "in namespace " + std::string(namespace_of(binding));
    sink.report(binding, name, "granted " + scope + " to " + describe_subjects(binding.at("/subjects")));
  }
};

INFRALINT_RULE_INSTANCE(BindingToClusterAdmin)

}  // namespace infralint::rules::k8s::rbac
