// `terraform show -json` plans (format_version 0.1 to 1.2) into TerraformResources.
#pragma once

#include <vector>

#include "infralint/model/diagnostic.hpp"
#include "infralint/model/value.hpp"
#include "terraform/resource.hpp"

namespace infralint::loaders::detail::terraform {

// A plan: planned_values.root_module, or format_version with resource_changes; also
// `terraform show -json` of a state (format_version with values.root_module), read
// the same way.
bool looks_like_plan(const model::Value& document);

// The managed resources a plan will leave in place, root and child modules, every
// count/for_each instance under its own address. Resources the plan only deletes and
// data sources are left out. Values in after_unknown become unknown markers, or a
// Ref/GetAtt when the configuration says the value comes from one resource; an
// unknown attribute the configuration does not set is computed by the provider and
// left out (a bucket's legacy `logging` block, say).
std::vector<TerraformResource> read_plan(const model::Value& plan);

}  // namespace infralint::loaders::detail::terraform
