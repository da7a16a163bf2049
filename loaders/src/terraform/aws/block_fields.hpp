// Reading nested blocks whose content may be unknown as a whole (a dynamic block over
// an unknown collection, a computed block in a plan). Every field of an unknown block
// is itself unknown, so rules that read a field answer unresolved instead of seeing it
// as absent. Shared by the adapters of the edge and API services.
#pragma once

#include <string_view>

#include "infralint/model/value.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

// A block Terraform allows once: the first of them, or the unknown marker when the
// block as a whole is unknown; nullptr when absent.
inline const model::Value* single_block(const model::Value* object, std::string_view name) {
  const model::Value* v = attribute(object, name);
  if (v != nullptr && is_unknown(*v)) return v;
  return first_block(object, name);
}

// A member of a block; the block's unknown marker when the block itself is unknown.
inline const model::Value* field(const model::Value* block, std::string_view name) {
  if (block != nullptr && is_unknown(*block)) return block;
  return attribute(block, name);
}

// The value unless it is the empty string, which the provider writes (or a plan
// shows) for an optional string nobody set: CloudFormation leaves such a property out.
inline const model::Value* unless_empty(const model::Value* v) {
  return v != nullptr && v->is_string() && v->as_string().empty() ? nullptr : v;
}

}  // namespace infralint::loaders::detail::terraform::aws
