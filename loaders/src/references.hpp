// The edges a CloudFormation resource declares: Ref, Fn::GetAtt, Fn::Sub, DependsOn
// and Fn::ImportValue, found by walking its entry.
#pragma once

#include <vector>

#include "infralint/model/resource.hpp"
#include "infralint/model/value.hpp"

namespace infralint::loaders::detail {

// References of one resource entry ({Type, Properties, DependsOn, ...}) in document
// order. Metadata is not walked (CDK and cdk-nag keep strings there, not edges), nor
// the resource's Condition, which names a condition, not a resource. Refs to pseudo
// parameters (AWS::Region) are left out; Refs to parameters stay in (Graph::link
// leaves them without a target).
std::vector<model::Reference> collect_references(const model::Value& entry);

}  // namespace infralint::loaders::detail
