// The objects of one manifest file, in document order, with `List` and `*List`
// documents replaced by their items. Works on the file's documents in place: every
// object found is a node of the tree, so positions and pointers stay those of the file.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "infralint/model/diagnostic.hpp"
#include "infralint/model/value.hpp"

namespace infralint::loaders::detail::kubernetes {

// How a document reads as far as Kubernetes is concerned.
enum class DocumentKind : std::uint8_t {
  Object,         // a string apiVersion and kind: an object for a cluster (or a List of them)
  ToolConfig,     // apiVersion and kind of a tool's own configuration (kustomization, kubeconfig)
  NotKubernetes,  // anything else
};
DocumentKind classify(const model::Value& document);

struct ManifestObject {
  const model::Value* node = nullptr;  // the object's mapping
  // Usually the node's own fields. An item of a typed list (PodList) may leave them
  // out, as the API server's list responses do; it inherits them from the list.
  std::string_view api_version;
  std::string_view kind;
  model::Location type_location;  // the `kind` key, or the item when the kind is inherited
};

// The objects of `documents` (the file's documents, in order; null entries are
// skipped silently). A document that is not Kubernetes, or a list item that is not an
// object, is reported as a warning naming `file`; tool configurations are skipped
// silently.
std::vector<ManifestObject> manifest_objects(const model::Value::Array& documents, std::string_view file,
                                             std::vector<model::Diagnostic>& diagnostics);

}  // namespace infralint::loaders::detail::kubernetes
