// Terraform into model::Stack: `terraform show -json` plans and *.tf.json
// configurations, with aws_* resources adapted into CloudFormation's shape.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "cloudformation.hpp"
#include "infralint/model/diagnostic.hpp"
#include "infralint/model/stack.hpp"
#include "infralint/model/value.hpp"

namespace infralint::loaders::detail {

// A *.tf.json file: Terraform configuration in JSON syntax (cdktf writes these).
bool is_terraform_configuration_path(const std::filesystem::path& path);

// A document `terraform show -json` wrote for a plan.
bool is_terraform_plan(const model::Value& document);

// The stacks of one Terraform document (a plan or a configuration file).
std::vector<std::unique_ptr<model::Stack>> build_terraform_stacks(model::Value document, bool configuration,
                                                                  StackSource source,
                                                                  std::vector<model::Diagnostic>& diagnostics);

}  // namespace infralint::loaders::detail
