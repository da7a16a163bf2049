#include "parse_unit.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "cloudformation.hpp"
#include "file_reader.hpp"
#include "infralint/loaders/readers.hpp"
#include "kubernetes/kubernetes.hpp"
#include "nested_parameters.hpp"
#include "read_error.hpp"
#include "terraform/terraform.hpp"

namespace infralint::loaders::detail {

namespace fs = std::filesystem;
using model::Diagnostic;
using model::Value;

namespace {

std::string lower_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// .json is JSON and .yaml/.yml is YAML; a .template is whichever it looks like.
bool reads_as_json(const fs::path& path, std::string_view text) {
  const std::string ext = lower_extension(path);
  if (ext == ".json") return true;
  if (ext != ".template") return false;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && text[first] == '{';
}

// CDK marks the template of a nested stack on the AWS::CloudFormation::Stack
// resource that deploys it.
void collect_nested_requests(Unit& unit, const model::Stack& stack) {
  for (const model::Resource& resource : stack.resources) {
    if (resource.type != "AWS::CloudFormation::Stack") continue;
    const Value* asset = resource.at("/Metadata/aws:asset:path");
    if (!asset || !asset->is_string()) continue;
    const Value* parameters = resource.at("/Properties/Parameters");
    unit.nested.push_back(NestedStackRequest{std::string(asset->as_string()), resource.id, resource.construct_path,
                                             asset->location(), parameters ? *parameters : Value()});
  }
}

// A loose file's stack: named after the file, "#2", "#3"... for later documents.
StackSource loose_source(const Unit& unit) {
  StackSource source;
  source.file = unit.display;
  source.file_id = unit.provisional_file_id;
  source.name = loose_stack_name(unit.path);
  if (!unit.stacks.empty()) source.name += "#" + std::to_string(unit.stacks.size() + 1);
  return source;
}

void add_cloudformation(Unit& unit, Value document, const Limits& limits) {
  if (!document.is_object()) {
    unit.diagnostics.push_back(Diagnostic{Diagnostic::Severity::Error, unit.display, document.location().line,
                                          document.location().column, "stack template is not a JSON object"});
    return;
  }
  const bool loose = unit.kind == Unit::Kind::Loose;
  // Before the stack is built: resources point into the tree and their references
  // are read from it, so both see the substituted values.
  if (unit.kind == Unit::Kind::NestedStack) {
    try {
      substitute_parent_parameters(document, unit.parent_parameters, limits.max_alias_nodes);
    } catch (const ReadError& e) {
      unit.diagnostics.push_back(Diagnostic{Diagnostic::Severity::Error, unit.display, e.line, e.column, e.message});
      return;
    }
  }
  StackSource source = loose_source(unit);
  if (!loose) {
    source.name = unit.stack_name;
    source.construct_path = unit.construct_path;
    source.parent = unit.parent;
    source.manifest_paths = unit.manifest_paths.get();
    source.nested_stack_path = unit.nested_stack_path;
  }
  std::unique_ptr<model::Stack> stack = build_stack(std::move(document), std::move(source), unit.diagnostics);
  if (!loose) collect_nested_requests(unit, *stack);
  unit.stacks.push_back(std::move(stack));
}

void add_terraform(Unit& unit, Value document, bool configuration) {
  for (auto& stack : build_terraform_stacks(std::move(document), configuration, loose_source(unit), unit.diagnostics))
    unit.stacks.push_back(std::move(stack));
}

}  // namespace

std::string loose_stack_name(const fs::path& path) {
  std::string stem = path.stem().string();
  if (stem.size() > 9 && stem.ends_with(".template")) stem.resize(stem.size() - 9);
  return stem;
}

void parse_unit(Unit& unit, const Limits& limits) {
  FileContent content = read_input_file(unit.path, limits.max_file_bytes);
  if (content.status == FileContent::Status::NotRegular) {
    unit.skip_reason = content.message;
    return;
  }
  if (content.status == FileContent::Status::Error) {
    unit.diagnostics.push_back(Diagnostic{Diagnostic::Severity::Error, unit.display, 0, 0, content.message});
    return;
  }
  ParseResult parsed = reads_as_json(unit.path, content.text)
                           ? read_json(content.text, unit.provisional_file_id, limits)
                           : read_yaml(content.text, unit.provisional_file_id, limits);
  content.text = std::string();  // the tree is what stays; free the text before building
  if (parsed.error) {
    unit.diagnostics.push_back(
        Diagnostic{Diagnostic::Severity::Error, unit.display, parsed.error->line, parsed.error->column, parsed.error->message});
    return;
  }

  const bool loose = unit.kind == Unit::Kind::Loose;
  if (loose && is_terraform_configuration_path(unit.path)) {
    for (Value& document : parsed.documents) add_terraform(unit, std::move(document), true);
    if (unit.stacks.empty()) unit.skip_reason = "no Terraform resources in the configuration";
    return;
  }
  bool has_kubernetes = false;
  bool has_tool_configuration = false;
  for (Value& document : parsed.documents) {
    if (loose && is_terraform_plan(document)) {
      add_terraform(unit, std::exchange(document, Value()), false);
      continue;
    }
    if (loose && is_kubernetes_object(document)) {
      has_kubernetes = true;
      continue;
    }
    if (loose && is_kubernetes_tool_configuration(document)) {
      has_tool_configuration = true;
      continue;
    }
    if (loose && !is_cloudformation(document)) continue;
    add_cloudformation(unit, std::exchange(document, Value()), limits);
  }
  const bool no_documents = parsed.documents.empty();
  // Kubernetes gets every document that is left, in place, so that the document
  // indexes in its pointers are those of the file.
  if (has_kubernetes)
    unit.stacks.push_back(build_kubernetes_stack(std::move(parsed.documents), loose_source(unit), unit.diagnostics));
  if (loose && unit.stacks.empty())
    unit.skip_reason = no_documents             ? "no document in the file"
                       : has_tool_configuration ? "a Kubernetes tool's configuration (kustomization, kubeconfig, ...)"
                                                : "not CloudFormation, Kubernetes or Terraform";
}

}  // namespace infralint::loaders::detail
