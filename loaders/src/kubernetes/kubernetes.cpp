#include "kubernetes/kubernetes.hpp"

namespace infralint::loaders::detail {

using model::Value;

namespace {
std::string_view string_at(const Value& object, std::string_view pointer) {
  const Value* v = object.at(pointer);
  return v && v->is_string() ? v->as_string() : std::string_view();
}
}  // namespace

bool is_kubernetes_object(const Value& document) {
  if (!document.is_object()) return false;
  const Value* api_version = document.find("apiVersion");
  const Value* kind = document.find("kind");
  return api_version && api_version->is_string() && kind && kind->is_string() && !kind->as_string().empty();
}

std::unique_ptr<model::Stack> build_kubernetes_stack(std::vector<Value> documents, StackSource source,
                                                     std::vector<model::Diagnostic>& diagnostics) {
  auto stack = std::make_unique<model::Stack>();
  stack->name = std::move(source.name);
  stack->file = source.file;
  stack->file_id = source.file_id;
  stack->format = model::Format::Kubernetes;
  // The tree moves into the heap-allocated stack first: resources point into it.
  stack->root = Value::array(std::move(documents));
  for (const Value& object : stack->root.items()) {
    const std::string_view name = string_at(object, "/metadata/name");
    const model::Member* kind = object.find_member("kind");
    if (name.empty()) {
      diagnostics.push_back(model::Diagnostic{model::Diagnostic::Severity::Warning, source.file,
                                              object.location().line, object.location().column,
                                              "Kubernetes object without metadata.name; it is not checked"});
      continue;
    }
    std::string_view ns = string_at(object, "/metadata/namespace");
    if (ns.empty()) ns = "default";
    model::Resource& resource = stack->resources.emplace_back();
    resource.type = std::string(string_at(object, "/apiVersion")) + "/" + std::string(kind->value.as_string());
    resource.id = std::string(kind->value.as_string()) + "/" + std::string(ns) + "/" + std::string(name);
    resource.node = &object;
    resource.location = object.location();
    resource.type_location = kind->key_location;
  }
  return stack;
}

}  // namespace infralint::loaders::detail
