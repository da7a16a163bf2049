#include "kubernetes/kubernetes.hpp"

#include <string>
#include <unordered_map>

#include "kubernetes/manifest_objects.hpp"
#include "kubernetes/object_identity.hpp"
#include "kubernetes/references.hpp"

namespace infralint::loaders::detail {

using model::Diagnostic;
using model::Value;

bool is_kubernetes_object(const Value& document) {
  return kubernetes::classify(document) == kubernetes::DocumentKind::Object;
}

bool is_kubernetes_tool_configuration(const Value& document) {
  return kubernetes::classify(document) == kubernetes::DocumentKind::ToolConfig;
}

std::unique_ptr<model::Stack> build_kubernetes_stack(std::vector<Value> documents, StackSource source,
                                                     std::vector<Diagnostic>& diagnostics) {
  auto stack = std::make_unique<model::Stack>();
  stack->name = std::move(source.name);
  stack->file = source.file;
  stack->file_id = source.file_id;
  stack->format = model::Format::Kubernetes;
  // The tree moves into the heap-allocated stack first: resources point into it.
  stack->root = Value::array(std::move(documents));

  const std::vector<kubernetes::ManifestObject> objects =
      kubernetes::manifest_objects(stack->root.items(), stack->file, diagnostics);
  const kubernetes::Scopes scopes(objects);
  auto warn = [&](model::Location at, std::string message) {
    diagnostics.push_back(Diagnostic{Diagnostic::Severity::Warning, stack->file, at.line, at.column, std::move(message)});
  };
  std::unordered_map<std::string, std::uint32_t> first_line_of;  // id -> line, to name the first of a duplicate
  stack->resources.reserve(objects.size());
  for (std::size_t i = 0; i < objects.size(); ++i) {
    const kubernetes::ManifestObject& object = objects[i];
    kubernetes::ObjectIdentity identity = kubernetes::identify(object, i + 1, scopes);
    const model::Location at = object.node->location();
    if (identity.warning) warn(at, std::move(*identity.warning));
    if (auto [first, fresh] = first_line_of.emplace(identity.id, at.line); !fresh)
      warn(at, "'" + identity.id + "' is defined again (first at line " + std::to_string(first->second) +
                   "); applying the file would keep only the last, and reports cannot tell the two apart");

    model::Resource& resource = stack->resources.emplace_back();
    resource.type = std::move(identity.type);
    resource.id = std::move(identity.id);
    resource.node = object.node;
    resource.location = at;
    resource.type_location = object.type_location;
    kubernetes::add_references(resource, object, identity.namespace_, scopes);
  }
  return stack;
}

}  // namespace infralint::loaders::detail
