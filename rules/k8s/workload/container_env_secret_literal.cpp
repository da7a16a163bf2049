// K8s-BestPractices-ENV1: secrets reach containers through Secret objects (valueFrom,
// envFrom, volumes), never as literal env values in the manifest.
#include <string>

#include "k8s/common/workload.hpp"
#include "k8s/workload/pod_containers.hpp"
#include "k8s/workload/secret_literal.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::workload {

using model::Value;

class ContainerEnvSecretLiteral final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-workload-container-env-secret-literal",
      .title = "Container env holds a secret as a literal value",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "An env entry of any container whose literal value (env[].value; valueFrom is fine) looks like a "
              "credential: a PEM private key, an AWS access key id, a GitHub, GitLab, Slack, Stripe, SendGrid or "
              "Google API token, a JSON Web Token, or a URL with a password in it; or any value of a variable "
              "named like a secret (ending in PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ...) unless it is "
              "an obvious placeholder (\"changeme\", \"<token>\", \"xxx\"), a reference (\"$(DB_PASSWORD)\", "
              "\"${TOKEN}\"), a path to a mounted file, a URL without credentials, a flag or a number. The "
              "finding never repeats the value. Granular id container:<name>/env:<variable>.",
      .why = "A literal in a manifest is stored in plain text in Git, in the object kept by the API server and "
             "in everything that prints the pod spec (kubectl get -o yaml, CI logs, dashboards), and anyone who "
             "can read the workload can read it; it cannot be rotated without a redeploy. An error: it leaks a "
             "credential to everyone with read access to the repository or the namespace.",
      .fix_cfn = "spec:\n"
                 "  containers:\n"
                 "    - name: web\n"
                 "      image: registry.example.com/web:1.4.2\n"
                 "      env:\n"
                 "        - name: DB_PASSWORD\n"
                 "          valueFrom:\n"
                 "            secretKeyRef: {name: web-db, key: password}",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& workload, model::Sink& sink) const override {
    const Value* spec = pod_spec_or_report(workload, sink);
    if (spec == nullptr) return;
    for (const PodContainer& container : pod_containers(*spec, kAllLists)) {
      const Value* env = container.value->find("env");
      if (env == nullptr) continue;
      for (const Value& entry : env->items()) {
        const Value* name = entry.find("name");
        const Value* value = entry.find("value");
        if (name == nullptr || !name->is_string() || value == nullptr || !value->is_string()) continue;
        const auto kind = secret_kind(name->as_string(), value->as_string());
        if (!kind) continue;
        const std::string variable(name->as_string());
        sink.report(workload, value,
                    "env " + variable + " of " + container.label() + " is a literal value that looks like " +
                        std::string(*kind),
                    container.granular_id() + "/env:" + variable);
      }
    }
  }
};

INFRALINT_RULE_INSTANCE(ContainerEnvSecretLiteral)

}  // namespace infralint::rules::k8s::workload
