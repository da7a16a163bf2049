#include "terraform/aws/common.hpp"

#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Member;
using model::Value;

Value tags_list(const Value* tags) {
  if (tags == nullptr) return Value();
  if (!tags->is_object() || is_unknown(*tags)) return *tags;
  Value::Array out;
  for (const Member& m : tags->members()) {
    ObjectBuilder tag;
    tag.set("Key", Value::string(m.key, m.key_location)).copy("Value", &m.value);
    out.push_back(tag.build(m.key_location));
  }
  return Value::array(std::move(out), tags->location());
}

Value provider_default(Value v, const AdapterContext& ctx) {
  v.set_location(ctx.location());
  v.set_origin(model::Origin::Defaulted);
  return v;
}

Value list_of(const Value* v) {
  if (v == nullptr) return Value();
  return Value::array({*v}, v->location());
}

}  // namespace infralint::loaders::detail::terraform::aws
