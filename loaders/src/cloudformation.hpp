// CloudFormation documents into model::Stack: detection, resources, references.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "construct_paths.hpp"
#include "infralint/model/diagnostic.hpp"
#include "infralint/model/stack.hpp"
#include "infralint/model/value.hpp"

namespace infralint::loaders::detail {

// A document is CloudFormation when it declares AWSTemplateFormatVersion, or when it
// has a Resources mapping whose entries have a string Type (at least one does). SAM
// templates pass both ways; a package.json or a tsconfig.json passes neither.
bool is_cloudformation(const model::Value& document);

struct StackSource {
  std::string name;            // stack name
  std::string file;            // display path
  std::uint32_t file_id = 0;
  std::string construct_path;  // of the stack itself, when known
  std::string parent;          // parent stack name, for a nested stack
  // Manifest construct paths for resources without aws:cdk:path metadata, and the
  // stack's own nested-stack path to pick its entries (see ConstructPaths::find).
  const ConstructPaths* manifest_paths = nullptr;
  std::string nested_stack_path;
};

// Moves `document` into a new Stack and fills its resources in document order.
// Resource entries that are not a mapping with a string Type are left out, each with
// a warning in `diagnostics`.
std::unique_ptr<model::Stack> build_stack(model::Value document, StackSource source,
                                          std::vector<model::Diagnostic>& diagnostics);

}  // namespace infralint::loaders::detail
