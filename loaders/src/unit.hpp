// One file the loader will parse, with what it knows about it before (where it came
// from: a loose template, a CDK stack artifact, a nested stack) and what parsing
// produced. Units parse in parallel, each writing only to itself.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "construct_paths.hpp"
#include "construct_tree.hpp"
#include "infralint/model/diagnostic.hpp"
#include "infralint/model/stack.hpp"

namespace infralint::loaders::detail {

// An AWS::CloudFormation::Stack resource of a CDK stack whose template sits in the
// assembly: "aws:asset:path" names it.
struct NestedStackRequest {
  std::string template_name;  // aws:asset:path, relative to the assembly folder
  std::string logical_id;
  std::string resource_construct_path;
  model::Location at;         // the aws:asset:path value
  model::Value parameters;    // a copy of the resource's Properties.Parameters (null when none)
};

struct Unit {
  enum class Kind : std::uint8_t { Loose, AssemblyStack, NestedStack };

  // Known before parsing.
  Kind kind = Kind::Loose;
  std::filesystem::path path;  // to open
  std::string display;
  std::string canonical;
  std::string stack_name;      // assembly and nested stacks
  std::string construct_path;  // of the stack itself
  std::string parent;          // nested stacks: the parent stack's name
  std::string nested_stack_path;
  std::shared_ptr<const ConstructPaths> manifest_paths;
  // The assembly's tree.json (shared; read while the templates parse), or null.
  std::shared_ptr<const ConstructTreeFile> construct_tree;
  // Nested stacks: the Parameters the parent's AWS::CloudFormation::Stack passes,
  // already substituted in the parent (see nested_parameters.hpp).
  model::Value parent_parameters;
  std::filesystem::path assembly_dir;
  std::string assembly_display;
  std::uint32_t provisional_file_id = 0;  // its index among all units

  // Filled by parsing.
  std::vector<std::unique_ptr<model::Stack>> stacks;
  std::vector<model::Diagnostic> diagnostics;
  std::optional<std::string> skip_reason;
  std::vector<NestedStackRequest> nested;
};

}  // namespace infralint::loaders::detail
