// cdk-nag's flattenCfnReference (utils/flatten-cfn-reference.ts): turns a reference
// into the flat text granular finding ids and name matching use, e.g.
//   {"Fn::GetAtt": ["Bucket", "Arn"]}              -> "<Bucket.Arn>"
//   {"Fn::Join": ["", ["arn:", {"Ref": "P"}, ":x"]]} -> "arn:<P>:x"
//   "${AWS::Region}"                               -> "<AWS::Region>"
// Anything else is JSON.stringify'd. Suppressions written for cdk-nag name findings
// by these strings, so they must match byte for byte.
#pragma once

#include <string>

#include "infralint/model/value.hpp"

namespace infralint::rules::aws {

// `reference` may be nullptr (undefined), which flattens to "". Throws CannotValidate
// where cdk-nag's function throws (null, a Join whose list is not a list, ...).
std::string flatten_reference(const model::Value* reference);

}  // namespace infralint::rules::aws
