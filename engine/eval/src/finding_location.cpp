#include "finding_location.hpp"

#include <utility>
#include <vector>

namespace infralint::engine {

namespace {
// The location of the key that holds `at` inside the resource, when it has one (array
// items and the entry itself have none).
model::Location key_location(const model::Resource& resource, const model::Value* at,
                             const std::string& relative_pointer) {
  const std::size_t slash = relative_pointer.rfind('/');
  if (relative_pointer.empty() || slash == std::string::npos) return {};
  const model::Value* parent = resource.at(std::string_view(relative_pointer).substr(0, slash));
  if (!parent || !parent->is_object()) return {};
  for (const model::Member& member : parent->members())
    if (&member.value == at) return member.key_location;
  return {};
}

model::Location resource_location(const model::Resource& resource) {
  return resource.type_location.line ? resource.type_location : resource.location;
}

std::string cloudformation_pointer(std::string_view id) {
  std::string pointer = "/Resources";
  model::append_pointer_token(pointer, id);
  return pointer;
}
}  // namespace

std::string file_of(const model::Graph& graph, const model::Stack& stack) {
  std::string_view registered = graph.file(stack.file_id);
  return registered.empty() ? stack.file : std::string(registered);
}

std::string entry_pointer(const model::Resource& resource) {
  std::string cloudformation = cloudformation_pointer(resource.id);
  if (!resource.stack || !resource.node) return cloudformation;
  const model::Value& root = resource.stack->root;
  if (root.at(cloudformation) == resource.node) return cloudformation;
  // Other formats keep their resources elsewhere in the document: search for it.
  model::Resource whole_document;
  whole_document.node = &root;
  std::string found = whole_document.pointer_of(resource.node);
  return found.empty() && resource.node != &root ? cloudformation : found;
}

EntryPointers::EntryPointers(const model::Graph& graph) {
  for (const auto& stack : graph.stacks()) {
    std::unordered_map<const model::Value*, const model::Resource*> wanted;
    for (const model::Resource& r : stack->resources) {
      if (r.node) wanted.emplace(r.node, &r);
      else pointers_.emplace(&r, cloudformation_pointer(r.id));
    }
    // CloudFormation: the entries of the Resources section.
    if (const model::Value* section = stack->root.find("Resources")) {
      for (const model::Member& m : section->members()) {
        auto it = wanted.find(&m.value);
        if (it == wanted.end()) continue;
        pointers_.emplace(it->second, cloudformation_pointer(m.key));
        wanted.erase(it);
      }
    }
    // Other formats: one walk of the document, with an explicit stack (documents
    // can be deep), not descending into the resources found.
    std::vector<std::pair<const model::Value*, std::string>> pending{{&stack->root, std::string()}};
    while (!wanted.empty() && !pending.empty()) {
      auto [node, pointer] = std::move(pending.back());
      pending.pop_back();
      if (auto it = wanted.find(node); it != wanted.end()) {
        pointers_.emplace(it->second, pointer);
        wanted.erase(it);
        continue;
      }
      if (node->is_object()) {
        for (const model::Member& m : node->members()) {
          std::string child = pointer;
          model::append_pointer_token(child, m.key);
          pending.emplace_back(&m.value, std::move(child));
        }
      } else if (node->is_array()) {
        for (std::size_t i = 0; i < node->size(); ++i)
          pending.emplace_back(&node->items()[i], pointer + "/" + std::to_string(i));
      }
    }
    for (const auto& [node, r] : wanted) pointers_.emplace(r, cloudformation_pointer(r->id));
  }
}

const std::string& EntryPointers::of(const model::Resource& resource) const {
  static const std::string kNone;
  auto it = pointers_.find(&resource);
  return it == pointers_.end() ? kNone : it->second;
}

void locate(model::Finding& finding, const model::Graph& graph, const model::Resource& resource,
            const model::Value* at, std::string_view resource_pointer) {
  finding.resource_id = resource.id;
  finding.resource_type = resource.type;
  finding.construct_path = resource.construct_path;
  if (resource.stack) {
    finding.stack = resource.stack->name;
    finding.file = file_of(graph, *resource.stack);
  }
  finding.pointer = resource_pointer;

  model::Location where = resource_location(resource);
  // A value outside the resource (a rule judging a bucket may trip over its policy's
  // statement) does not move the finding: it belongs to the resource judged.
  const std::string relative = at && at != resource.node ? resource.pointer_of(at) : std::string();
  if (!relative.empty()) {
    finding.pointer += relative;
    model::Location key = key_location(resource, at, relative);
    if (key.line) where = key;
    else if (at->location().line) where = at->location();
  }
  finding.line = where.line;
  finding.column = where.column;
}

}  // namespace infralint::engine
