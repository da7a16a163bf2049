#include "k8s/common/cluster_view.hpp"

#include <algorithm>

#include "infralint/model/stack.hpp"
#include "k8s/common/workload.hpp"

namespace infralint::rules::k8s {

namespace {
std::string_view string_at(const model::Resource& object, std::string_view pointer) {
  const model::Value* value = object.at(pointer);
  return value && value->is_string() ? value->as_string() : std::string_view();
}

std::string key_of(std::string_view kind, std::string_view ns) {
  std::string key(kind);
  key += '/';
  key += ns;
  return key;
}

bool is_workload(const model::Resource& object) {
  return std::find(kWorkloadTypes.begin(), kWorkloadTypes.end(), object.type) != kWorkloadTypes.end();
}
}  // namespace

std::string_view namespace_of(const model::Resource& object) {
  const std::string_view ns = string_at(object, "/metadata/namespace");
  return ns.empty() ? "default" : ns;
}

std::string_view name_of(const model::Resource& object) { return string_at(object, "/metadata/name"); }

ClusterView::ClusterView(std::span<const model::Stack* const> stacks) {
  for (const model::Stack* stack : stacks) {
    for (const model::Resource& object : stack->resources) {
      const std::string_view kind = kind_of(object);
      const std::string_view ns = namespace_of(object);
      by_kind_namespace_[key_of(kind, ns)].push_back(&object);
      by_kind_[std::string(kind)].push_back(&object);
      if (is_workload(object)) workloads_[std::string(ns)].push_back(&object);
    }
  }
}

std::span<const model::Resource* const> ClusterView::lookup(const Index& index, std::string_view key) {
  auto found = index.find(key);
  if (found == index.end()) return {};
  return found->second;
}

std::span<const model::Resource* const> ClusterView::in_namespace(std::string_view kind, std::string_view ns) const {
  return lookup(by_kind_namespace_, key_of(kind, ns));
}

std::span<const model::Resource* const> ClusterView::of_kind(std::string_view kind) const {
  return lookup(by_kind_, kind);
}

const model::Resource* ClusterView::find(std::string_view kind, std::string_view ns, std::string_view name) const {
  for (const model::Resource* object : in_namespace(kind, ns))
    if (name_of(*object) == name) return object;
  return nullptr;
}

std::span<const model::Resource* const> ClusterView::workloads_in(std::string_view ns) const {
  return lookup(workloads_, ns);
}

const ClusterView& cluster_view(const model::Resource& any) {
  static const ClusterView kEmpty({});
  const model::Stack* stack = any.stack;
  if (stack == nullptr) return kEmpty;
  // Outside a linked graph (a stack on its own) the view is that stack alone.
  std::span<const model::Stack* const> scan = stack->same_format();
  if (scan.empty()) scan = std::span<const model::Stack* const>(&stack, 1);
  return scan.front()->memo<ClusterView>("k8s/cluster-view", [scan] { return ClusterView(scan); });
}

}  // namespace infralint::rules::k8s
