// cdk-nag's ElastiCache rules read some string properties straight off the L1
// construct, without Stack.resolve(). There an intrinsic is a token string such as
// "${Token[TOKEN.42]}", which is never empty.
#pragma once

#include "aws/common/js_values.hpp"

namespace infralint::rules::aws::elasticache {

// `value == undefined || value.length == 0` on the L1's own value. Only strings and
// lists have a length; for numbers and booleans it is undefined, which is not 0.
inline bool missing_or_empty(const model::Value* value) {
  if (js::is_nullish(value)) return true;
  if (value->is_string()) return value->as_string().empty();
  if (value->is_array()) return value->size() == 0;
  return false;
}

}  // namespace infralint::rules::aws::elasticache
