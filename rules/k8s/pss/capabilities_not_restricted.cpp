// Pod Security Standards, Restricted, "Capabilities": drop everything, add back at most
// the right to bind low ports.
#include "k8s/pss/pod_reader.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

class CapabilitiesNotRestricted final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-capabilities-not-restricted",
      .title = "Container does not drop all capabilities, or adds one besides NET_BIND_SERVICE",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A container, init container or ephemeral container whose "
              "securityContext.capabilities.drop does not include ALL, or whose capabilities.add names "
              "anything but NET_BIND_SERVICE. Names are compared exactly, as the admission check does. "
              "One finding per container (granular id container:<name>) naming both problems, at its "
              "first offending add entry, else at its drop list, else at the container. This rule "
              "includes the Baseline capabilities control and takes its place in the Restricted pack, as "
              "upstream does. A Windows pod (spec.os.name: windows) is not judged (not applicable), as in "
              "the standard since Kubernetes 1.25.",
      .why = "Even the runtime's default capabilities (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW on some "
             "runtimes...) are more than most programs use, and each is a lever for an attacker who gets "
             "code running in the container. Dropping ALL and adding back only NET_BIND_SERVICE, for a "
             "server on a port below 1024, leaves nothing to pull. A namespace enforcing the Restricted "
             "standard rejects the pod, hence level Error.",
      .fix_cfn = "containers:\n"
                 "  - name: app\n"
                 "    image: registry.example.com/app:1.4.2\n"
                 "    securityContext:\n"
                 "      capabilities:\n"
                 "        drop: [\"ALL\"]\n"
                 "        add: [\"NET_BIND_SERVICE\"]   # only if it listens below port 1024",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    const Field<bool> windows = pod->windows();
    if (windows.unjudgeable()) return;
    if (windows.value) return pod->not_applicable();

    for (const Container& container : pod->containers()) {
      const Field<const model::Value*> capabilities = pod->mapping(pod->security_context(container), "capabilities");
      const Field<const model::Value*> dropped = pod->list(capabilities, "drop");
      const Field<const model::Value*> added = pod->list(capabilities, "add");
      if (dropped.unjudgeable() || added.unjudgeable()) continue;

      bool drops_all = false, unreadable_drop = false;
      if (dropped.known())
        for (const model::Value& item : dropped.value->items()) {
          const Field<std::string_view> name = pod->text_item(item, "drop");
          unreadable_drop |= name.unjudgeable();
          drops_all |= name.known() && name.value == "ALL";
        }
      const model::Value* first_added = nullptr;
      std::string extra;
      if (added.known())
        for (const model::Value& item : added.value->items()) {
          const Field<std::string_view> name = pod->text_item(item, "add");
          if (!name.known() || name.value == "NET_BIND_SERVICE") continue;
          if (!first_added) first_added = &item;
          extra.append(extra.empty() ? "" : ", ").append(name.value);
        }
      // An unreadable drop entry might have been ALL: only an offending add is certain then.
      const bool missing_drop_all = !drops_all && !unreadable_drop;
      if (!missing_drop_all && !first_added) continue;

      std::string detail = pod->describe(container);
      if (missing_drop_all) detail += " does not drop ALL";
      if (missing_drop_all && first_added) detail += " and";
      if (first_added) detail += " adds " + extra;
      const model::Value* at = first_added      ? first_added
                               : dropped.known() ? dropped.at
                                                 : container.value;
      pod->violation(at, std::move(detail), pod->granular_id(container));
    }
  }
};

INFRALINT_RULE_INSTANCE(CapabilitiesNotRestricted)

}  // namespace infralint::rules::k8s::pss
