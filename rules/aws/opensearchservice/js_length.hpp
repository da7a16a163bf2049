// `x.length === 0`, which cdk-nag's OpenSearch rules use to spot empty lists.
#pragma once

#include "infralint/model/value.hpp"

namespace infralint::rules::aws::opensearchservice {

// True for an empty list or string, and for an object whose "length" member is the
// number 0; false for other values, whose length is undefined. Throws CannotValidate
// for null and undefined, where reading .length raises a TypeError.
bool length_is_zero(const model::Value* v);

}  // namespace infralint::rules::aws::opensearchservice
