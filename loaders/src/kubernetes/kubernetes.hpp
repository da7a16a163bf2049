// Kubernetes manifests into model::Stack: one stack per file, one resource per object.
//
// A resource's type is "<apiVersion>/<kind>" ("apps/v1/Deployment", "v1/Pod"), its id
// is described in object_identity.hpp ("Deployment/shop/web", "ClusterRole/view"),
// its node is the object's mapping and its type_location the `kind` key. The stack's
// root is the array of the file's documents, so a finding's pointer reads
// "/<document index>/spec/...", or "/<document>/items/<item>/..." inside a List.
#pragma once

#include <memory>
#include <vector>

#include "cloudformation.hpp"
#include "infralint/model/diagnostic.hpp"
#include "infralint/model/stack.hpp"
#include "infralint/model/value.hpp"

namespace infralint::loaders::detail {

// A document is a Kubernetes object when it has a non-empty string apiVersion and
// kind, and they are not those of a tool's configuration file (a kustomization, a
// kubeconfig: see kubernetes/api_kinds.hpp).
bool is_kubernetes_object(const model::Value& document);

// True when the document is a tool's configuration that only looks like an object.
bool is_kubernetes_tool_configuration(const model::Value& document);

// Every document of one file (in file order; pass a null value in the place of a
// document that went to another loader, so that indexes stay those of the file) as
// one stack of format Kubernetes. List kinds are unpacked. Documents that are not
// Kubernetes objects, objects without a name and ids used twice are warned about in
// `diagnostics`; objects without a name are still loaded.
std::unique_ptr<model::Stack> build_kubernetes_stack(std::vector<model::Value> documents, StackSource source,
                                                     std::vector<model::Diagnostic>& diagnostics);

}  // namespace infralint::loaders::detail
