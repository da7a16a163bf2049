// Where a finding points: file, line, column and JSON pointer, worked out from the
// resource and the offending value a rule named.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "infralint/model/finding.hpp"
#include "infralint/model/graph.hpp"
#include "infralint/model/resource.hpp"

namespace infralint::engine {

// The display path of the file a stack came from.
std::string file_of(const model::Graph& graph, const model::Stack& stack);

// The RFC 6901 pointer of the resource entry in its stack's document
// ("/Resources/Bucket" for CloudFormation). Costs a look-up in the stack's document:
// fine for a few calls; the evaluator uses EntryPointers instead.
std::string entry_pointer(const model::Resource& resource);

// The entry pointers of every resource of a graph, found in one pass per stack, so
// locating many findings stays linear in the size of the templates.
class EntryPointers {
 public:
  explicit EntryPointers(const model::Graph& graph);
  const std::string& of(const model::Resource& resource) const;

 private:
  std::unordered_map<const model::Resource*, std::string> pointers_;
};

// Fills the finding's resource, file, line, column and pointer. `at` is the offending
// value (nullptr: the resource itself). The line is that of the key holding `at`,
// which is what a reviewer reads; a missing property points at the resource's Type.
void locate(model::Finding& finding, const model::Graph& graph, const model::Resource& resource,
            const model::Value* at, std::string_view resource_pointer);

}  // namespace infralint::engine
