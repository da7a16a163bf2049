// The RBAC kinds the rbac rules judge, in every API version a manifest may still use,
// and the list lookups their rules share.
#pragma once

#include <array>
#include <initializer_list>
#include <string_view>

#include "infralint/model/value.hpp"

namespace infralint::rules::k8s::rbac {

inline constexpr std::array<std::string_view, 6> kRoleTypes = {
    "rbac.authorization.k8s.io/v1/Role",        "rbac.authorization.k8s.io/v1/ClusterRole",
    "rbac.authorization.k8s.io/v1beta1/Role",   "rbac.authorization.k8s.io/v1beta1/ClusterRole",
    "rbac.authorization.k8s.io/v1alpha1/Role",  "rbac.authorization.k8s.io/v1alpha1/ClusterRole",
};

inline constexpr std::array<std::string_view, 6> kBindingTypes = {
    "rbac.authorization.k8s.io/v1/RoleBinding",       "rbac.authorization.k8s.io/v1/ClusterRoleBinding",
    "rbac.authorization.k8s.io/v1beta1/RoleBinding",  "rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding",
    "rbac.authorization.k8s.io/v1alpha1/RoleBinding", "rbac.authorization.k8s.io/v1alpha1/ClusterRoleBinding",
};

// The first item of `list` (a list of strings) equal to one of `wanted`; nullptr when
// none is, or `list` is not a list.
inline const model::Value* find_item(const model::Value* list, std::initializer_list<std::string_view> wanted) {
  if (list == nullptr) return nullptr;
  for (const model::Value& item : list->items())
    if (item.is_string())
      for (std::string_view w : wanted)
        if (item.as_string() == w) return &item;
  return nullptr;
}

}  // namespace infralint::rules::k8s::rbac
