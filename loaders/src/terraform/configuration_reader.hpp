// *.tf.json configuration files (Terraform's JSON syntax; what cdktf synthesizes)
// into TerraformResources.
#pragma once

#include <vector>

#include "infralint/model/diagnostic.hpp"
#include "infralint/model/value.hpp"
#include "terraform/resource.hpp"

namespace infralint::loaders::detail::terraform {

// The managed resources of one file, each under its plain address (type.name: a
// count or for_each resource is one resource). Attribute strings are interpolated as
// far as is known without running Terraform (expressions.hpp); cdktf's "//" comment
// keys are dropped (its metadata path becomes the construct path). Data sources and
// module blocks contribute no resources.
std::vector<TerraformResource> read_configuration(const model::Value& document, const std::string& file,
                                                  std::vector<model::Diagnostic>& diagnostics);

}  // namespace infralint::loaders::detail::terraform
