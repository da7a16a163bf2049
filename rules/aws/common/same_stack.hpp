// The resources a cdk-nag rule finds with Stack.of(node).node.findAll(), filtered to
// the types it tests with instanceof: every resource of the same template, then
// those of the stacks nested in it (a NestedStack is a child construct of its
// parent, so findAll reaches into it; a parent is not reached from a nested stack).
#pragma once

#include <initializer_list>
#include <string_view>
#include <vector>

#include "infralint/model/resource.hpp"
#include "infralint/model/stack.hpp"

namespace infralint::rules::aws {

std::vector<const model::Resource*> same_stack(const model::Resource& resource,
                                               std::initializer_list<std::string_view> types);

}  // namespace infralint::rules::aws
