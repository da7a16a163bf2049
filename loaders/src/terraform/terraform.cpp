#include "terraform/terraform.hpp"

// Not built yet: every Terraform input is reported as not ours until the Terraform
// loader lands (issue 7).
namespace infralint::loaders::detail {

bool is_terraform_configuration_path(const std::filesystem::path&) { return false; }

bool is_terraform_plan(const model::Value&) { return false; }

std::vector<std::unique_ptr<model::Stack>> build_terraform_stacks(model::Value, bool, StackSource,
                                                                  std::vector<model::Diagnostic>&) {
  return {};
}

}  // namespace infralint::loaders::detail
