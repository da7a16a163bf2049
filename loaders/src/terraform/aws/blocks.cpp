#include "terraform/aws/blocks.hpp"

#include <string>

#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

const Value* unknown_block(const Value* holder, std::string_view name) {
  const Value* raw = attribute(holder, name);
  if (raw == nullptr) return nullptr;
  if (is_unknown(*raw)) return raw;
  // A plan's list of blocks whose first entry is not known.
  if (raw->is_array() && !raw->items().empty() && is_unknown(raw->items().front())) return &raw->items().front();
  return nullptr;
}

Value unknown_fields(std::initializer_list<std::string_view> judged, model::Location at) {
  ObjectBuilder out;
  for (std::string_view field : judged) out.set(std::string(field), unknown_value(at));
  return out.build(at);
}

Value map_block(const Value* holder, std::string_view name, std::initializer_list<Field> fields,
                std::initializer_list<std::string_view> judged) {
  if (const Value* unknown = unknown_block(holder, name)) return unknown_fields(judged, unknown->location());
  const Value* block = first_block(holder, name);
  if (block == nullptr) return Value();
  ObjectBuilder out;
  for (const Field& f : fields) out.copy(std::string(f.cfn), attribute(block, f.terraform));
  return out.build(block->location());
}

}  // namespace infralint::loaders::detail::terraform::aws
