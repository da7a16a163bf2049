// Pod Security Standards, Baseline, "Sysctls": only the kernel settings that stay
// inside the pod.
#include <algorithm>
#include <array>

#include "k8s/pss/pod_reader.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::pss {

namespace {
// The safe set as of Kubernetes 1.32, each entry with the release that declared it safe.
constexpr std::array<std::string_view, 12> kSafeSysctls = {
    "kernel.shm_rmid_forced",
    "net.ipv4.ip_local_port_range",
    "net.ipv4.tcp_syncookies",
    "net.ipv4.ping_group_range",
    "net.ipv4.ip_unprivileged_port_start",
    "net.ipv4.ip_local_reserved_ports",  // 1.27
    "net.ipv4.tcp_keepalive_time",       // 1.29
    "net.ipv4.tcp_fin_timeout",          // 1.29
    "net.ipv4.tcp_keepalive_intvl",      // 1.29
    "net.ipv4.tcp_keepalive_probes",     // 1.29
    "net.ipv4.tcp_rmem",                 // 1.32
    "net.ipv4.tcp_wmem",                 // 1.32
};
}  // namespace

class UnsafeSysctls final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-pss-unsafe-sysctls",
      .title = "Pod sets a kernel parameter outside the safe set",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "An entry of the pod's securityContext.sysctls whose name is not one of "
              "kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies, "
              "net.ipv4.ping_group_range, net.ipv4.ip_unprivileged_port_start, "
              "net.ipv4.ip_local_reserved_ports (safe since Kubernetes 1.27), net.ipv4.tcp_keepalive_time, "
              "net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl, net.ipv4.tcp_keepalive_probes "
              "(1.29), net.ipv4.tcp_rmem and net.ipv4.tcp_wmem (1.32). Names are compared as written, so "
              "the slash spelling (net/ipv4/...) is outside the set, as the admission check sees it. One "
              "finding per entry (granular id sysctl:<name>), at its name. Containers have no sysctls "
              "of their own.",
      .why = "A sysctl outside the safe set is either not isolated per pod, so it changes the kernel for "
             "every workload on the node, or can starve the node of memory or connections. Only the "
             "safe set is known to stay inside the pod's own namespaces. A namespace enforcing the "
             "Baseline standard rejects the pod, hence level Error.",
      .fix_cfn = "spec:\n"
                 "  securityContext:\n"
                 "    sysctls:\n"
                 "      - name: net.ipv4.ip_local_port_range   # only names from the safe set\n"
                 "        value: \"32768 60999\"",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& object, model::Sink& sink) const override {
    std::optional<PodReader> pod = PodReader::open(object, sink);
    if (!pod) return;
    const Field<const model::Value*> sysctls = pod->list(pod->pod_security_context(), "sysctls");
    if (!sysctls.known()) return;
    for (const model::Value& item : sysctls.value->items()) {
      const Field<const model::Value*> sysctl = pod->mapping_item(item, "sysctls");
      if (!sysctl.known()) continue;
      const Field<std::string_view> name = pod->text(sysctl, "name");
      if (name.unjudgeable()) continue;
      // The admission check reads a missing name as "", which no safe sysctl is.
      if (std::find(kSafeSysctls.begin(), kSafeSysctls.end(), name.value) != kSafeSysctls.end()) continue;
      if (name.unset())
        pod->violation(sysctl.at, "the pod sets a sysctl without a name", "sysctl:");
      else
        pod->violation(name.at, "sysctl " + std::string(name.value) + " is not in the safe set",
                       "sysctl:" + std::string(name.value));
    }
  }
};

INFRALINT_RULE_INSTANCE(UnsafeSysctls)

}  // namespace infralint::rules::k8s::pss
