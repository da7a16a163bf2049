#include "aws/opensearchservice/js_length.hpp"

#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"

namespace infralint::rules::aws::opensearchservice {

bool length_is_zero(const model::Value* v) {
  const model::Value* length = js::get(v, "length");  // throws on null and undefined
  if (v->is_array()) return v->items().empty();
  if (v->is_string()) return v->as_string().empty();
  // `=== 0` needs a number: a string "0" is not one.
  if (length == nullptr || !length->is_number()) return false;
  const std::optional<double> n = js::to_number(length);
  return n && *n == 0;
}

}  // namespace infralint::rules::aws::opensearchservice
