// Construct paths recorded in a CDK manifest: each stack artifact's "metadata" maps
// construct paths to entries, among them {"type": "aws:cdk:logicalId", "data": id}.
// They give a resource its construct path when its template carries no
// aws:cdk:path metadata (apps synthesized with path metadata turned off).
//
// A top-level stack's artifact also lists the resources of its nested stacks, whose
// logical ids may repeat the parent's; each path is therefore attributed to the
// innermost nested stack whose construct path contains it.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace infralint::loaders::detail {

class ConstructPaths {
 public:
  // `path` as the manifest writes it ("/Stack/Bucket/Resource").
  void add(std::string_view path, std::string logical_id);

  // The construct path (no leading '/') of `logical_id` in the stack whose own
  // construct path is `nested_stack_path` ("" for the artifact's top-level stack);
  // "" when the manifest does not say.
  std::string find(std::string_view logical_id, std::string_view nested_stack_path) const;

  bool empty() const { return by_id_.empty(); }

 private:
  std::string_view owner_of(std::string_view path) const;

  std::unordered_multimap<std::string, std::string> by_id_;  // logical id -> path
  std::vector<std::string> nested_stacks_;                    // construct paths of nested stacks
};

// The construct path of the nested stack that an AWS::CloudFormation::Stack resource
// at `resource_path` deploys: "App/Parent/Db.NestedStack/Db.NestedStackResource" ->
// "App/Parent/Db"; "" when the path does not have CDK's nested-stack shape.
std::string nested_stack_path(std::string_view resource_path);

}  // namespace infralint::loaders::detail
