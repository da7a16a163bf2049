// The CDK class of each construct, from a cloud assembly's tree.json.
//
// tree.json nests one node per construct: {"id", "path", "constructInfo": {"fqn"},
// "children": {id: node, ...}, "attributes": {...}}. A resource's construct path
// names its node, and the node's fqn says which class made it: the L1 class
// ("aws-cdk-lib.aws_s3.CfnBucket"), or a plain "aws-cdk-lib.CfnResource" that
// cdk-nag's instanceof checks pass over. One tree.json at the top of an app covers
// the stacks of its Stages (nested assemblies) too: paths are app-wide.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "infralint/loaders/limits.hpp"
#include "infralint/model/diagnostic.hpp"
#include "infralint/model/stack.hpp"

namespace infralint::loaders::detail {

class ConstructClasses {
 public:
  void add(std::string path, std::string_view fqn);
  // The class of the construct at `path` ("Stack/Bucket/Resource"), "" when unknown.
  std::string_view fqn_of(std::string_view path) const;
  std::size_t size() const { return by_path_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // A few dozen distinct class names serve thousands of constructs: kept once each.
  std::unordered_set<std::string, Hash, std::equal_to<>> names_;
  std::unordered_map<std::string, std::string_view, Hash, std::equal_to<>> by_path_;
};

// Reads the text of a tree.json. Only the nodes' "path" and "constructInfo.fqn" are
// kept; nothing else of the (often large) file is built in memory, and nesting lives
// in an explicit stack bounded by limits.max_depth. nullopt and `error` set (with
// `line`/`column`, 1-based, when known) when the text is not a readable tree.
struct ConstructTreeError {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string message;
};
std::optional<ConstructClasses> read_construct_classes(std::string_view text, const Limits& limits,
                                                       ConstructTreeError& error);

// One assembly's tree.json, read once (in parallel with the templates) and shared
// by the units of every stack it describes.
struct ConstructTreeFile {
  std::filesystem::path path;
  std::string display;
  ConstructClasses classes;                  // empty until read(), or when unreadable
  std::optional<model::Diagnostic> problem;  // why it could not be read

  void read(const Limits& limits);
};

// Gives each resource of `stack` the class its construct path names in `classes`.
void name_construct_classes(model::Stack& stack, const ConstructClasses& classes);

}  // namespace infralint::loaders::detail
