// K8s-BestPractices-RBAC1: Roles and ClusterRoles name the verbs and resources they
// grant instead of granting "*".
#include <string>

#include "k8s/rbac/rbac_types.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::rbac {

using model::Value;

class RoleWildcardGrant final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-rbac-role-wildcard-grant",
      .title = "RBAC role grants every verb or every resource",
      .resource_types = model::TypeList(kRoleTypes),
      .what = "A Role or ClusterRole with a rule whose verbs or resources contain \"*\". Each wildcard is its "
              "own finding, granular id rule:<index>/verbs or rule:<index>/resources (index from 0 in rules). "
              "Aggregated ClusterRoles without rules of their own pass; rules that are not a list are "
              "unresolved.",
      .why = "\"*\" grants what exists today and whatever is added later: every verb includes escalate, bind "
             "and impersonate, and every resource includes secrets, roles and the custom resources of every "
             "operator installed after the role was written. A holder can usually turn such a grant into "
             "full control of the namespace or cluster. An error: it breaks least privilege outright.",
      .fix_cfn = "apiVersion: rbac.authorization.k8s.io/v1\n"
                 "kind: Role\n"
                 "metadata: {name: deployer, namespace: shop}\n"
                 "rules:\n"
                 "  - apiGroups: [apps]\n"
                 "    resources: [deployments]\n"
                 "    verbs: [get, list, watch, update, patch]",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& role, model::Sink& sink) const override {
    const Value* rules = role.at("/rules");
    if (rules == nullptr || rules->is_null()) return;
    if (!rules->is_array()) {
      sink.unresolved(role, rules, "rules is not a list");
      return;
    }
    for (std::size_t i = 0; i < rules->size(); ++i) {
      const Value& rule = rules->items()[i];
      for (std::string_view field : {"verbs", "resources"}) {
        if (const Value* star = find_item(rule.find(field), {"*"}))
          sink.report(role, star, "rule " + std::to_string(i) + " grants \"*\" " + std::string(field),
                      "rule:" + std::to_string(i) + "/" + std::string(field));
      }
    }
  }
};

INFRALINT_RULE_INSTANCE(RoleWildcardGrant)

}  // namespace infralint::rules::k8s::rbac
