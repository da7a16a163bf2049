#include "aws/common/same_stack.hpp"

#include <algorithm>

namespace infralint::rules::aws {

namespace {

void collect(const model::Stack& stack, std::initializer_list<std::string_view> types,
             std::vector<const model::Resource*>& out, int depth) {
  // CloudFormation allows nesting only so deep; the guard keeps a malformed
  // assembly whose stacks name each other as parents from looping.
  if (depth > 32) return;
  if (types.size() == 1) {
    const auto of_type = stack.of_type(*types.begin());
    out.insert(out.end(), of_type.begin(), of_type.end());
  } else {
    for (const model::Resource& r : stack.resources)
      if (std::find(types.begin(), types.end(), r.type) != types.end()) out.push_back(&r);
  }
  for (const model::Stack* child : stack.nested) collect(*child, types, out, depth + 1);
}

}  // namespace

std::vector<const model::Resource*> same_stack(const model::Resource& resource,
                                               std::initializer_list<std::string_view> types) {
  std::vector<const model::Resource*> out;
  if (resource.stack == nullptr) {
    if (std::find(types.begin(), types.end(), resource.type) != types.end()) out.push_back(&resource);
    return out;
  }
  collect(*resource.stack, types, out, 0);
  return out;
}

}  // namespace infralint::rules::aws
