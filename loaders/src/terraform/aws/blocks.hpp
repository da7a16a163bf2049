// Nested Terraform blocks mapped field by field onto a CloudFormation object, with
// one rule for a block Terraform does not know before apply: the fields a rule
// judges become unknown, so the rule answers unresolved instead of reading the
// unknown block as one without the field (which most rules take as "off").
#pragma once

#include <initializer_list>
#include <string_view>

#include "infralint/model/value.hpp"

namespace infralint::loaders::detail::terraform::aws {

struct Field {
  std::string_view cfn;
  std::string_view terraform;
};

// The block `name` of `holder` (first one) as an object of `fields`; a member left
// out stays out. Unknown as a whole: an object with each of `judged` unknown. Absent:
// a null Value (ObjectBuilder::set then adds nothing).
model::Value map_block(const model::Value* holder, std::string_view name, std::initializer_list<Field> fields,
                       std::initializer_list<std::string_view> judged);

// The block as it stands when unknown as a whole, nullptr otherwise.
const model::Value* unknown_block(const model::Value* holder, std::string_view name);

// {"<judged>": <unknown>, ...} placed at `at`.
model::Value unknown_fields(std::initializer_list<std::string_view> judged, model::Location at);

}  // namespace infralint::loaders::detail::terraform::aws
