// Step 2 for one file: read it, parse it, and turn its CloudFormation documents into
// stacks. Runs on a worker thread; touches nothing but its unit.
#pragma once

#include "infralint/loaders/limits.hpp"
#include "unit.hpp"

namespace infralint::loaders::detail {

void parse_unit(Unit& unit, const Limits& limits);

// The stack name of a loose template: its file name without the extension, and
// without CDK's ".template" infix ("Api.template.json" -> "Api").
std::string loose_stack_name(const std::filesystem::path& path);

}  // namespace infralint::loaders::detail
