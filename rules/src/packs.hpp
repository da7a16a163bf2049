// The pack tables (rules/packs/*.cpp), one function per pack.
#pragma once

#include <span>

#include "infralint/model/pack.hpp"

namespace infralint::rules::packs {

// cdk-nag's AwsSolutions pack: public ids and levels byte for byte as in cdk-nag.
std::span<const model::PackEntry> aws_solutions();

// The Kubernetes Pod Security Standards at their Baseline and Restricted levels.
std::span<const model::PackEntry> k8s_pss_baseline();
std::span<const model::PackEntry> k8s_pss_restricted();

// Kubernetes workload hygiene, RBAC and exposure (docs/kubernetes.md, "Best practices").
std::span<const model::PackEntry> k8s_best_practices();

}  // namespace infralint::rules::packs
