#include "kubernetes/object_identity.hpp"

#include <algorithm>

#include "kubernetes/api_kinds.hpp"

namespace infralint::loaders::detail::kubernetes {

using model::Value;

namespace {

// A name as written: names are strings, but a plain YAML `name: 2024` reads as a number.
std::string_view scalar_at(const Value& object, std::string_view pointer) {
  const Value* v = object.at(pointer);
  return v && (v->is_string() || v->is_number()) ? v->as_string() : std::string_view();
}

}  // namespace

Scopes::Scopes(const std::vector<ManifestObject>& objects) {
  for (const ManifestObject& object : objects) {
    if (object.kind != "CustomResourceDefinition" || api_group(object.api_version) != "apiextensions.k8s.io") continue;
    const Value& crd = *object.node;
    if (scalar_at(crd, "/spec/scope") != "Cluster") continue;
    const std::string_view group = scalar_at(crd, "/spec/group");
    const std::string_view kind = scalar_at(crd, "/spec/names/kind");
    if (!kind.empty()) custom_.emplace_back(group, kind);
  }
}

bool Scopes::cluster_scoped(std::string_view group, std::string_view kind) const {
  return is_builtin_cluster_scoped(group, kind) ||
         std::find(custom_.begin(), custom_.end(), std::pair{group, kind}) != custom_.end();
}

std::string object_id(std::string_view kind, std::string_view namespace_, std::string_view name, bool cluster_scoped) {
  std::string id;
  id.reserve(kind.size() + namespace_.size() + name.size() + 2);
  id.append(kind).append(1, '/');
  if (!cluster_scoped) id.append(namespace_.empty() ? std::string_view("default") : namespace_).append(1, '/');
  return id.append(name);
}

ObjectIdentity identify(const ManifestObject& object, std::size_t ordinal, const Scopes& scopes) {
  const Value& node = *object.node;
  ObjectIdentity out;
  out.type.append(object.api_version).append(1, '/').append(object.kind);

  const bool cluster_scoped = scopes.cluster_scoped(api_group(object.api_version), object.kind);
  if (!cluster_scoped) {
    const std::string_view written = scalar_at(node, "/metadata/namespace");
    out.namespace_ = written.empty() ? "default" : std::string(written);
  }

  std::string name(scalar_at(node, "/metadata/name"));
  if (name.empty()) {
    const std::string_view prefix = scalar_at(node, "/metadata/generateName");
    if (!prefix.empty()) {
      name = prefix;
      out.warning = std::string(object.kind) + " has no metadata.name, only generateName; it is checked as '" +
                    object_id(object.kind, out.namespace_, name, cluster_scoped) + "'";
    } else {
      name = "#" + std::to_string(ordinal);
      out.warning = std::string(object.kind) + " has no metadata.name (a cluster would refuse it); it is checked as '" +
                    object_id(object.kind, out.namespace_, name, cluster_scoped) + "'";
    }
  }
  out.id = object_id(object.kind, out.namespace_, name, cluster_scoped);
  return out;
}

}  // namespace infralint::loaders::detail::kubernetes
