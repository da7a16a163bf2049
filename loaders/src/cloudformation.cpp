#include "cloudformation.hpp"

#include "references.hpp"

namespace infralint::loaders::detail {

using model::Member;
using model::Value;

bool is_cloudformation(const Value& document) {
  if (!document.is_object()) return false;
  if (document.find("AWSTemplateFormatVersion")) return true;
  const Value* resources = document.find("Resources");
  if (!resources || !resources->is_object()) return false;
  // One typed entry is enough: a template with a broken resource is still a
  // template, and its other resources should be checked (the broken one is warned
  // about when the stack is built).
  for (const Member& entry : resources->members()) {
    const Value* type = entry.value.find("Type");
    if (type && type->is_string()) return true;
  }
  return false;
}

std::unique_ptr<model::Stack> build_stack(Value document, StackSource source,
                                          std::vector<model::Diagnostic>& diagnostics) {
  auto stack = std::make_unique<model::Stack>();
  stack->name = std::move(source.name);
  stack->file = source.file;
  stack->file_id = source.file_id;
  stack->format = model::Format::CloudFormation;
  stack->construct_path = std::move(source.construct_path);
  stack->parent = std::move(source.parent);
  // The tree moves into the heap-allocated stack first: resources point into it.
  stack->root = std::move(document);

  const Value* resources = stack->root.find("Resources");
  if (!resources) return stack;
  auto warn = [&](model::Location at, std::string message) {
    diagnostics.push_back(model::Diagnostic{model::Diagnostic::Severity::Warning, source.file, at.line, at.column,
                                            std::move(message)});
  };
  if (!resources->is_object()) {
    warn(resources->location(), "Resources is not a mapping; the template declares no resources");
    return stack;
  }
  stack->resources.reserve(resources->size());
  for (const Member& entry : resources->members()) {
    const Member* type = entry.value.find_member("Type");
    if (entry.key.starts_with("Fn::ForEach::")) {
      warn(entry.key_location, "'" + entry.key +
                                   "' is an Fn::ForEach loop (AWS::LanguageExtensions), which is not expanded; the "
                                   "resources it generates are not checked");
      continue;
    }
    if (!entry.value.is_object() || !type || !type->value.is_string()) {
      warn(entry.key_location, "resource '" + entry.key + "' has no string Type; it is not checked");
      continue;
    }
    model::Resource& resource = stack->resources.emplace_back();
    resource.id = entry.key;
    resource.type = std::string(type->value.as_string());
    resource.node = &entry.value;
    resource.location = entry.key_location;
    resource.type_location = type->key_location;
    const Value* path = entry.value.at("/Metadata/aws:cdk:path");
    if (path && path->is_string()) {
      resource.construct_path = std::string(path->as_string());
    } else if (source.manifest_paths) {
      resource.construct_path = source.manifest_paths->find(resource.id, source.nested_stack_path);
    }
    resource.references = collect_references(entry.value);
  }
  return stack;
}

}  // namespace infralint::loaders::detail
