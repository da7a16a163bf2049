// cdk-nag judges a CDK app as an Aspect, before CDK turns a nested stack's use of a
// parent resource into a stack parameter: in the nested stack it saw the parent's
// own token ({"Ref": "ParentBucket"}, {"Fn::GetAtt": ["ParentKey", "Arn"]}), where
// the synthesized template says {"Ref": "referencetoAppParentBucketRef"}. Putting
// the value the parent passes back in place lets the rules see what cdk-nag saw.
#pragma once

#include <cstddef>
#include <cstdint>

#include "infralint/model/value.hpp"

namespace infralint::loaders::detail {

// Replaces, everywhere in the nested template `document` except its Parameters
// section, each {"Ref": P} where P is a parameter the template declares and
// `passed` (the parent's AWS::CloudFormation::Stack Properties.Parameters) gives a
// value for, with a copy of that value. Parameters the parent does not pass keep
// their Ref. The copy is not searched again (its Refs name the parent's ids), and
// every position in it is the replaced Ref's, so locations stay in the nested file.
// Returns the number of Refs replaced.
//
// The copies may add at most `max_copied_values` values (Limits::max_alias_nodes):
// a parent passing a large value to a template that refers to it thousands of times
// would otherwise multiply two modest files into an unbounded tree. Past the budget
// this throws ReadError at the Ref that would exceed it.
std::size_t substitute_parent_parameters(model::Value& document, const model::Value& passed,
                                         std::size_t max_copied_values = SIZE_MAX);

}  // namespace infralint::loaders::detail
