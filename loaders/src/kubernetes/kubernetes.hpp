// Kubernetes manifests into model::Stack: one stack per file, one resource per object.
#pragma once

#include <memory>
#include <vector>

#include "cloudformation.hpp"
#include "infralint/model/diagnostic.hpp"
#include "infralint/model/stack.hpp"
#include "infralint/model/value.hpp"

namespace infralint::loaders::detail {

// A document is a Kubernetes object when it has a string apiVersion and kind.
bool is_kubernetes_object(const model::Value& document);

// The objects of one file (in document order; List kinds are unpacked) as one stack of
// format Kubernetes. Objects without a usable name are warned about and left out.
std::unique_ptr<model::Stack> build_kubernetes_stack(std::vector<model::Value> documents, StackSource source,
                                                     std::vector<model::Diagnostic>& diagnostics);

}  // namespace infralint::loaders::detail
