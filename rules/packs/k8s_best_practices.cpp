// K8s-BestPractices: workload hygiene, RBAC and exposure checks for Kubernetes
// manifests, beyond what the Pod Security Standards cover. Ids are the pack name, a
// short code for the control (RES resources, PRB probes, IMG images, ...) and a
// number; docs/kubernetes.md lists them. Errors for what leaks credentials or breaks
// isolation, warnings for hygiene.
#include <array>

#include "src/packs.hpp"

namespace infralint::rules::packs {

namespace {

using model::Level;
using model::PackEntry;

constexpr std::string_view kPack = "K8s-BestPractices";

constexpr std::array kEntries = {
    PackEntry{kPack, "K8s-BestPractices-RES1", "k8s-workload-container-no-resource-requests", Level::Warning,
              "Container does not request cpu and memory"},
    PackEntry{kPack, "K8s-BestPractices-RES2", "k8s-workload-container-no-memory-limit", Level::Warning,
              "Container has no memory limit"},
    PackEntry{kPack, "K8s-BestPractices-PRB1", "k8s-workload-container-no-liveness-probe", Level::Warning,
              "Long-running container has no liveness probe"},
    PackEntry{kPack, "K8s-BestPractices-PRB2", "k8s-workload-container-no-readiness-probe", Level::Warning,
              "Long-running container has no readiness probe"},
    PackEntry{kPack, "K8s-BestPractices-IMG1", "k8s-workload-container-image-latest-or-untagged", Level::Warning,
              "Container image is untagged or tagged latest"},
    PackEntry{kPack, "K8s-BestPractices-IMG2", "k8s-workload-container-image-pull-policy-stale", Level::Warning,
              "Image pull policy can leave nodes on a stale or missing image"},
    PackEntry{kPack, "K8s-BestPractices-FS1", "k8s-workload-container-root-filesystem-writable", Level::Warning,
              "Container root filesystem is not read-only"},
    PackEntry{kPack, "K8s-BestPractices-SA1", "k8s-workload-pod-service-account-token-automounted", Level::Warning,
              "Service-account token is mounted into the pod automatically"},
    PackEntry{kPack, "K8s-BestPractices-NS1", "k8s-workload-in-default-namespace", Level::Warning,
              "Workload is deployed to the default namespace"},
    PackEntry{kPack, "K8s-BestPractices-ENV1", "k8s-workload-container-env-secret-literal", Level::Error,
              "Secret written as a literal env value"},
    PackEntry{kPack, "K8s-BestPractices-SVC1", "k8s-service-externally-exposed", Level::Warning,
              "Service reachable from outside the cluster (NodePort or public LoadBalancer)"},
    PackEntry{kPack, "K8s-BestPractices-RBAC1", "k8s-rbac-role-wildcard-grant", Level::Error,
              "Role grants \"*\" verbs or resources"},
    PackEntry{kPack, "K8s-BestPractices-RBAC2", "k8s-rbac-role-reads-secrets", Level::Error,
              "Role can read Secrets"},
    PackEntry{kPack, "K8s-BestPractices-RBAC3", "k8s-rbac-binding-to-cluster-admin", Level::Error,
              "Binding grants cluster-admin"},
    PackEntry{kPack, "K8s-BestPractices-NP1", "k8s-network-namespace-no-network-policy", Level::Warning,
              "Namespace with workloads has no NetworkPolicy"},
    PackEntry{kPack, "K8s-BestPractices-PDB1", "k8s-workload-deployment-single-replica-no-pdb", Level::Warning,
              "Single-replica Deployment without a PodDisruptionBudget"},
};

}  // namespace

std::span<const model::PackEntry> k8s_best_practices() { return kEntries; }

}  // namespace infralint::rules::packs
