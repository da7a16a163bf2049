#include "terraform/configuration_reader.hpp"

#include <array>

#include "terraform/expressions.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform {

using model::Member;
using model::Value;

namespace {

// Meta-arguments configure Terraform, not the resource.
constexpr std::array<std::string_view, 9> kMetaArguments = {"//",        "count",      "for_each",
                                                            "depends_on", "provider",   "lifecycle",
                                                            "provisioner", "connection", "timeouts"};

bool is_meta_argument(std::string_view key) {
  for (std::string_view m : kMetaArguments)
    if (key == m) return true;
  return false;
}

// A top-level block is an object, or a list of objects (Terraform accepts both).
template <class F>
void for_each_member(const Value* block, F&& f) {
  if (block == nullptr) return;
  if (block->is_object()) {
    for (const Member& m : block->members())
      if (m.key != "//") f(m);
  } else if (block->is_array()) {
    for (const Value& item : block->items())
      for (const Member& m : item.members())
        if (m.key != "//") f(m);
  }
}

// resource.<type>.<name>: one body, or a list of bodies (only the first counts: a
// name is declared once).
const Value* body_of(const Value& v) {
  if (v.is_object()) return &v;
  if (v.is_array() && v.size() > 0 && v.items()[0].is_object()) return &v.items()[0];
  return nullptr;
}

}  // namespace

std::vector<TerraformResource> read_configuration(const Value& document, const std::string& file,
                                                  std::vector<model::Diagnostic>& diagnostics) {
  std::vector<TerraformResource> out;
  if (!document.is_object()) {
    diagnostics.push_back(model::Diagnostic{model::Diagnostic::Severity::Error, file, document.location().line,
                                            document.location().column,
                                            "a Terraform JSON configuration must be an object"});
    return out;
  }
  ConfigurationScope scope;
  for_each_member(document.find("variable"), [&](const Member& m) {
    if (m.value.is_object()) scope.variables.emplace(m.key, &m.value);
  });
  for_each_member(document.find("locals"), [&](const Member& m) { scope.locals.emplace(m.key, &m.value); });
  struct Declared {
    const Member* type;
    const Member* name;
  };
  std::vector<Declared> declared;
  for_each_member(document.find("resource"), [&](const Member& type) {
    for_each_member(&type.value, [&](const Member& name) {
      declared.push_back(Declared{&type, &name});
      scope.resources.insert(type.key + "." + name.key);
    });
  });

  out.reserve(declared.size());
  for (const Declared& d : declared) {
    const Value* body = body_of(d.name->value);
    if (body == nullptr) {
      diagnostics.push_back(model::Diagnostic{model::Diagnostic::Severity::Warning, file, d.name->key_location.line,
                                              d.name->key_location.column,
                                              "resource '" + d.type->key + "." + d.name->key +
                                                  "' has no body object; it is not checked"});
      continue;
    }
    TerraformResource& res = out.emplace_back();
    res.type = d.type->key;
    res.name = d.name->key;
    res.address = res.type + "." + res.name;
    res.location = d.name->key_location;
    res.type_location = d.name->key_location;
    if (const Value* comment = body->find("//"))
      if (const Value* path = comment->at("/metadata/path"); path != nullptr && path->is_string())
        res.construct_path = std::string(path->as_string());
    Value::Object values;
    for (const Member& m : body->members()) {
      if (m.key == "depends_on") {
        for (const Value& dep : m.value.items())
          if (dep.is_string()) res.other_references.emplace_back(dep.as_string());
      }
      if (is_meta_argument(m.key)) continue;
      values.push_back(Member{m.key, m.key_location, scope.evaluate(m.value, m.key, res)});
    }
    res.values = Value::object(std::move(values), body->location());
  }
  return out;
}

}  // namespace infralint::loaders::detail::terraform
