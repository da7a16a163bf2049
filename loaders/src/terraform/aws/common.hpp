// Small conversions several AWS adapters share.
#pragma once

#include <string_view>

#include "infralint/model/value.hpp"
#include "terraform/adapter.hpp"

namespace infralint::loaders::detail::terraform::aws {

// Terraform's tags map ({"k": "v"}) as CloudFormation's Tags list ([{Key, Value}]);
// an unknown map stays unknown. nullptr in, null out.
model::Value tags_list(const model::Value* tags);

// A value the provider fills in when the attribute is not set (GroupDescription's
// "Managed by Terraform"), marked Origin::Defaulted and placed at the resource.
model::Value provider_default(model::Value v, const AdapterContext& ctx);

// A one-item list holding `v` (Roles: [role]); null when `v` is nullptr.
model::Value list_of(const model::Value* v);

}  // namespace infralint::loaders::detail::terraform::aws
