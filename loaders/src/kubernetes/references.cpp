#include "kubernetes/references.hpp"

#include "kubernetes/api_kinds.hpp"

namespace infralint::loaders::detail::kubernetes {

using model::Reference;
using model::Value;

namespace {

constexpr std::string_view kRbacGroup = "rbac.authorization.k8s.io";

std::string_view text_at(const Value& object, std::string_view key) {
  const Value* v = object.find(key);
  return v && v->is_string() ? v->as_string() : std::string_view();
}

void add(model::Resource& resource, std::string target_id, const Value& spelled_by) {
  resource.references.push_back(Reference{Reference::Kind::Other, std::move(target_id), &spelled_by, nullptr});
}

// A {kind, name, namespace?} reference to an object of `group`; `name` must be written.
void add_named(model::Resource& resource, const Value& ref, std::string_view group, std::string_view default_namespace,
               const Scopes& scopes) {
  const Value* name = ref.find("name");
  const std::string_view kind = text_at(ref, "kind");
  if (!name || !name->is_string() || name->as_string().empty() || kind.empty()) return;
  const std::string_view written_namespace = text_at(ref, "namespace");
  add(resource,
      object_id(kind, written_namespace.empty() ? default_namespace : written_namespace, name->as_string(),
                scopes.cluster_scoped(group, kind)),
      *name);
}

void add_binding_references(model::Resource& resource, const Value& binding, std::string_view namespace_,
                            const Scopes& scopes) {
  if (const Value* role = binding.find("roleRef"); role && role->is_object())
    add_named(resource, *role, kRbacGroup, namespace_, scopes);
  const Value* subjects = binding.find("subjects");
  if (!subjects) return;
  for (const Value& subject : subjects->items())
    if (text_at(subject, "kind") == "ServiceAccount") add_named(resource, subject, "", namespace_, scopes);
}

}  // namespace

void add_references(model::Resource& resource, const ManifestObject& object, std::string_view namespace_,
                    const Scopes& scopes) {
  const std::string_view group = api_group(object.api_version);
  const Value& node = *object.node;
  if (group == kRbacGroup && (object.kind == "RoleBinding" || object.kind == "ClusterRoleBinding")) {
    add_binding_references(resource, node, namespace_, scopes);
  } else if (group == "autoscaling" && object.kind == "HorizontalPodAutoscaler") {
    const Value* target = node.at("/spec/scaleTargetRef");
    if (target && target->is_object()) add_named(resource, *target, api_group(text_at(*target, "apiVersion")), namespace_, scopes);
  }
}

}  // namespace infralint::loaders::detail::kubernetes
