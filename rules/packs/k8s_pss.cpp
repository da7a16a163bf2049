// The Kubernetes Pod Security Standards (kubernetes.io/docs/concepts/security/
// pod-security-standards), Baseline and Restricted, as the upstream admission checks
// define them today. Public ids: the pack, a dash, a code for the control and a number
// for the rule that judges it, so the same code and number in both packs is the same
// rule (docs/kubernetes.md lists them). Every row is Error: a namespace enforcing the
// level would reject the pod.
//
// Restricted is Baseline plus its own controls, except where upstream's Restricted
// check replaces a Baseline one with a stricter form of the same control: volume types
// replaces hostPath volumes, and the Restricted capabilities, seccomp and /proc checks
// replace their Baseline forms. The Restricted pack binds the stricter rule in those
// four places, so one problem is reported once.
#include <array>

#include "src/packs.hpp"

namespace infralint::rules::packs {

namespace {

using model::Level;
using model::PackEntry;

constexpr std::string_view kBaseline = "K8s-PSS-Baseline";
constexpr std::string_view kRestricted = "K8s-PSS-Restricted";

// In the order of the upstream tables.
constexpr std::array kBaselineEntries = {
    PackEntry{kBaseline, "K8s-PSS-Baseline-HPR1", "k8s-pss-host-process", Level::Error,
              "Windows HostProcess containers run as processes of the node"},
    PackEntry{kBaseline, "K8s-PSS-Baseline-HNS1", "k8s-pss-host-namespaces", Level::Error,
              "Pod shares the node's network, process or IPC namespace"},
    PackEntry{kBaseline, "K8s-PSS-Baseline-PRIV1", "k8s-pss-privileged-container", Level::Error,
              "Privileged container has the node's full power"},
    PackEntry{kBaseline, "K8s-PSS-Baseline-CAP1", "k8s-pss-capabilities-beyond-default", Level::Error,
              "Container adds capabilities beyond the runtime's default set"},
    PackEntry{kBaseline, "K8s-PSS-Baseline-HPV1", "k8s-pss-host-path-volume", Level::Error,
              "hostPath volume exposes the node's file system"},
    PackEntry{kBaseline, "K8s-PSS-Baseline-HPT1", "k8s-pss-host-port", Level::Error,
              "Container listens on a port of the node"},
    PackEntry{kBaseline, "K8s-PSS-Baseline-AA1", "k8s-pss-apparmor-disabled", Level::Error,
              "AppArmor profile is turned off or not an allowed one"},
    PackEntry{kBaseline, "K8s-PSS-Baseline-SEL1", "k8s-pss-selinux-custom-options", Level::Error,
              "SELinux options leave the container policy"},
    PackEntry{kBaseline, "K8s-PSS-Baseline-PROC1", "k8s-pss-proc-mount-unmasked", Level::Error,
              "Container unmasks /proc"},
    PackEntry{kBaseline, "K8s-PSS-Baseline-SCMP1", "k8s-pss-seccomp-unconfined", Level::Error,
              "Seccomp is turned off"},
    PackEntry{kBaseline, "K8s-PSS-Baseline-SYSCTL1", "k8s-pss-unsafe-sysctls", Level::Error,
              "Pod sets a kernel parameter outside the safe set"},
    PackEntry{kBaseline, "K8s-PSS-Baseline-PRB1", "k8s-pss-probe-host", Level::Error,
              "Probe or lifecycle hook targets another host"},
};

constexpr std::array kRestrictedEntries = {
    PackEntry{kRestricted, "K8s-PSS-Restricted-HPR1", "k8s-pss-host-process", Level::Error,
              "Windows HostProcess containers run as processes of the node"},
    PackEntry{kRestricted, "K8s-PSS-Restricted-HNS1", "k8s-pss-host-namespaces", Level::Error,
              "Pod shares the node's network, process or IPC namespace"},
    PackEntry{kRestricted, "K8s-PSS-Restricted-PRIV1", "k8s-pss-privileged-container", Level::Error,
              "Privileged container has the node's full power"},
    PackEntry{kRestricted, "K8s-PSS-Restricted-HPT1", "k8s-pss-host-port", Level::Error,
              "Container listens on a port of the node"},
    PackEntry{kRestricted, "K8s-PSS-Restricted-AA1", "k8s-pss-apparmor-disabled", Level::Error,
              "AppArmor profile is turned off or not an allowed one"},
    PackEntry{kRestricted, "K8s-PSS-Restricted-SEL1", "k8s-pss-selinux-custom-options", Level::Error,
              "SELinux options leave the container policy"},
    PackEntry{kRestricted, "K8s-PSS-Restricted-PROC2", "k8s-pss-proc-mount-unmasked-strict", Level::Error,
              "Container unmasks /proc, user namespace or not"},
    PackEntry{kRestricted, "K8s-PSS-Restricted-SYSCTL1", "k8s-pss-unsafe-sysctls", Level::Error,
              "Pod sets a kernel parameter outside the safe set"},
    PackEntry{kRestricted, "K8s-PSS-Restricted-PRB1", "k8s-pss-probe-host", Level::Error,
              "Probe or lifecycle hook targets another host"},
    PackEntry{kRestricted, "K8s-PSS-Restricted-VOL1", "k8s-pss-volume-type-not-allowed", Level::Error,
              "Volume type is not one the restricted profile allows"},
    PackEntry{kRestricted, "K8s-PSS-Restricted-PE1", "k8s-pss-privilege-escalation-allowed", Level::Error,
              "Container may escalate privileges"},
    PackEntry{kRestricted, "K8s-PSS-Restricted-NR1", "k8s-pss-run-as-non-root-not-required", Level::Error,
              "Container is not required to run as non-root"},
    PackEntry{kRestricted, "K8s-PSS-Restricted-NRU1", "k8s-pss-run-as-root-user", Level::Error,
              "Pod or container runs as user id 0"},
    PackEntry{kRestricted, "K8s-PSS-Restricted-SCMP2", "k8s-pss-seccomp-not-enforced", Level::Error,
              "Container runs without a RuntimeDefault or Localhost seccomp profile"},
    PackEntry{kRestricted, "K8s-PSS-Restricted-CAP2", "k8s-pss-capabilities-not-restricted", Level::Error,
              "Container keeps capabilities beyond NET_BIND_SERVICE"},
};

}  // namespace

std::span<const model::PackEntry> k8s_pss_baseline() { return kBaselineEntries; }
std::span<const model::PackEntry> k8s_pss_restricted() { return kRestrictedEntries; }

}  // namespace infralint::rules::packs
