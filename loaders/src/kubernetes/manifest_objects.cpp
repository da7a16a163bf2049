#include "kubernetes/manifest_objects.hpp"

#include <string>

#include "kubernetes/api_kinds.hpp"

namespace infralint::loaders::detail::kubernetes {

using model::Diagnostic;
using model::Value;

namespace {

// Lists of lists are not something kubectl writes; a few levels are allowed so that
// crafted input cannot make the work list grow without bound.
constexpr int kMaxListNesting = 4;

std::string_view text_of(const Value* v) { return v && v->is_string() ? v->as_string() : std::string_view(); }

// `List`, or a typed list such as `PodList`, with its items. A custom kind that
// merely ends in "List" (an `AllowList` with a spec) is an ordinary object.
const Value* list_items(const Value& object, std::string_view kind) {
  if (!kind.ends_with("List") || object.find("spec")) return nullptr;
  const Value* items = object.find("items");
  return items && items->is_array() ? items : nullptr;
}

void warn(std::vector<Diagnostic>& diagnostics, std::string_view file, model::Location at, std::string message) {
  diagnostics.push_back(Diagnostic{Diagnostic::Severity::Warning, std::string(file), at.line, at.column, std::move(message)});
}

struct Pending {
  const Value* node;
  std::string_view list_api_version;  // of the enclosing typed list, for items that omit it
  std::string_view list_item_kind;    // "Pod" for a PodList; "" for a plain List or a document
  int depth;
};

}  // namespace

DocumentKind classify(const Value& document) {
  if (!document.is_object()) return DocumentKind::NotKubernetes;
  const std::string_view api_version = text_of(document.find("apiVersion"));
  const std::string_view kind = text_of(document.find("kind"));
  if (api_version.empty() || kind.empty()) return DocumentKind::NotKubernetes;
  return is_tool_configuration(api_version, kind) ? DocumentKind::ToolConfig : DocumentKind::Object;
}

std::vector<ManifestObject> manifest_objects(const Value::Array& documents, std::string_view file,
                                             std::vector<Diagnostic>& diagnostics) {
  std::vector<ManifestObject> out;
  // Depth-first with an explicit stack, items pushed in reverse, so objects come out
  // in document order.
  std::vector<Pending> pending;
  for (auto it = documents.rbegin(); it != documents.rend(); ++it) pending.push_back({&*it, {}, {}, 0});
  while (!pending.empty()) {
    const Pending p = pending.back();
    pending.pop_back();
    const Value& node = *p.node;
    if (node.is_null()) continue;  // an empty document: `---` twice, or only comments
    const model::Member* kind_member = node.find_member("kind");
    std::string_view api_version = text_of(node.find("apiVersion"));
    std::string_view kind = text_of(kind_member ? &kind_member->value : nullptr);
    model::Location type_location = kind_member ? kind_member->key_location : node.location();
    if (node.is_object() && !p.list_item_kind.empty()) {
      if (api_version.empty()) api_version = p.list_api_version;
      if (kind.empty()) {
        kind = p.list_item_kind;
        type_location = node.location();
      }
    }
    if (!node.is_object() || api_version.empty() || kind.empty()) {
      warn(diagnostics, file, node.location(),
           p.depth == 0 ? "document is not a Kubernetes object (it needs string apiVersion and kind); it is not checked"
                        : "list item is not a Kubernetes object (it needs string apiVersion and kind); it is not checked");
      continue;
    }
    if (is_tool_configuration(api_version, kind)) continue;
    if (const Value* items = list_items(node, kind)) {
      if (p.depth >= kMaxListNesting) {
        warn(diagnostics, file, node.location(),
             "lists nested more than " + std::to_string(kMaxListNesting) + " deep; the inner list is not checked");
        continue;
      }
      const std::string_view item_kind = kind == "List" ? std::string_view() : kind.substr(0, kind.size() - 4);
      for (auto it = items->items().rbegin(); it != items->items().rend(); ++it)
        pending.push_back({&*it, api_version, item_kind, p.depth + 1});
      continue;
    }
    out.push_back(ManifestObject{&node, api_version, kind, type_location});
  }
  return out;
}

}  // namespace infralint::loaders::detail::kubernetes
