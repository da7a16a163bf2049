// K8s-BestPractices-RBAC2: Roles and ClusterRoles do not let their holders read
// Secrets wholesale.
#include <string>

#include "k8s/common/workload.hpp"
#include "k8s/rbac/rbac_types.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::rbac {

using model::Value;

class RoleReadsSecrets final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-rbac-role-reads-secrets",
      .title = "RBAC role can read Secrets",
      .resource_types = model::TypeList(kRoleTypes),
      .what = "A Role or ClusterRole with a rule that covers the core API group (apiGroups holds \"\" or "
              "\"*\"), Secrets (resources holds \"secrets\" or \"*\") and a reading verb (get, list, watch or "
              "\"*\"), with no resourceNames. A rule that lists resourceNames grants only the Secrets it names "
              "and passes: that is the way to give a pod its own credentials. One finding per rule, granular "
              "id rule:<index>.",
      .why = "Secrets hold the credentials of everything else in the namespace, or with a ClusterRole of the "
             "whole cluster: database passwords, cloud keys, TLS keys and the tokens of other service accounts. "
             "list and watch return every Secret's contents at once, not only names. A holder of this role can "
             "take over whatever those credentials open. An error: it exposes secrets.",
      .fix_cfn = "rules:\n"
                 "  - apiGroups: [\"\"]\n"
                 "    resources: [secrets]\n"
                 "    resourceNames: [web-db]   # only the Secret this workload needs\n"
                 "    verbs: [get]",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& role, model::Sink& sink) const override {
    const Value* rules = role.at("/rules");
    if (rules == nullptr || rules->is_null()) return;
    if (!rules->is_array()) {
      sink.unresolved(role, rules, "rules is not a list");
      return;
    }
    const std::string scope = kind_of(role) == "ClusterRole" ? "in every namespace" : "in its namespace";
    for (std::size_t i = 0; i < rules->size(); ++i) {
      const Value& rule = rules->items()[i];
      if (const Value* names = rule.find("resourceNames"); names && names->size() > 0) continue;
      if (!find_item(rule.find("apiGroups"), {"", "*"}) || !find_item(rule.find("resources"), {"secrets", "*"}))
        continue;
      const Value* verb = find_item(rule.find("verbs"), {"get", "list", "watch", "*"});
      if (verb == nullptr) continue;
      const std::string action = verb->as_string() == "*" ? "do anything with" : std::string(verb->as_string());
      sink.report(role, &rule, "rule " + std::to_string(i) + " lets its holders " + action + " Secrets " + scope,
                  "rule:" + std::to_string(i));
    }
  }
};

INFRALINT_RULE_INSTANCE(RoleReadsSecrets)

}  // namespace infralint::rules::k8s::rbac
