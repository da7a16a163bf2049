#include "terraform/aws/settings.hpp"

#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Value;

Value flag(const Value* v) {
  if (v == nullptr) return Value();
  if (v->is_string() && (v->as_string() == "true" || v->as_string() == "false")) {
    Value converted = Value::boolean(v->as_string() == "true", v->location());
    converted.set_origin(v->origin());
    return converted;
  }
  return *v;
}

Value with_default(const AdapterContext& ctx, std::string_view name, Value fallback) {
  if (const Value* v = ctx.attribute(name)) return *v;
  return provider_default(std::move(fallback), ctx);
}

Value flag_with_default(const AdapterContext& ctx, std::string_view name, bool fallback) {
  if (const Value* v = ctx.attribute(name)) return flag(v);
  return provider_default(Value::boolean(fallback), ctx);
}

Value switch_block(const AdapterContext& ctx, std::string_view block, std::string_view attribute_name,
                   std::string key) {
  const Value* written = ctx.attribute(block);
  if (written == nullptr) return Value();
  ObjectBuilder out;
  if (is_unknown(*written)) {
    out.set(std::move(key), *written);
  } else if (const Value* holder = first_block(&ctx.values(), block)) {
    out.set(std::move(key), flag(attribute(holder, attribute_name)));
    if (out.empty()) return Value();
    return out.build(holder->location());
  } else {
    return Value();
  }
  return out.build(written->location());
}

}  // namespace infralint::loaders::detail::terraform::aws
