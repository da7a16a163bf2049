#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform {

using model::Location;
using model::Member;
using model::Value;

namespace {
constexpr std::string_view kUnknownKey = "Fn::Unknown";
}

Value unknown_value(Location at) {
  Value text = Value::string("known after apply", at);
  text.set_origin(model::Origin::Unresolved);
  Value v = Value::object({Member{std::string(kUnknownKey), at, std::move(text)}}, at);
  v.set_origin(model::Origin::Unresolved);
  return v;
}

bool is_unknown(const Value& v) { return v.intrinsic() == kUnknownKey; }

Value ref_to(std::string_view address, Location at) {
  return Value::object({Member{"Ref", at, Value::string(std::string(address), at)}}, at);
}

Value get_att(std::string_view address, std::string_view attribute, Location at) {
  Value::Array args{Value::string(std::string(address), at), Value::string(std::string(attribute), at)};
  return Value::object({Member{"Fn::GetAtt", at, Value::array(std::move(args), at)}}, at);
}

Value reference_value(std::string_view address, std::string_view attribute, Location at) {
  if (attribute == "arn") return get_att(address, "Arn", at);
  return ref_to(address, at);
}

const Value* attribute(const Value* object, std::string_view name) {
  if (object == nullptr) return nullptr;
  const Value* v = object->find(name);
  return v == nullptr || v->is_null() ? nullptr : v;
}

std::vector<const Value*> blocks(const Value* object, std::string_view name) {
  std::vector<const Value*> out;
  const Value* v = attribute(object, name);
  if (v == nullptr) return out;
  if (v->is_object() && !is_unknown(*v)) {
    out.push_back(v);
  } else if (v->is_array()) {
    for (const Value& item : v->items())
      if (item.is_object()) out.push_back(&item);
  }
  return out;
}

const Value* first_block(const Value* object, std::string_view name) {
  std::vector<const Value*> all = blocks(object, name);
  return all.empty() ? nullptr : all.front();
}

ObjectBuilder& ObjectBuilder::copy(std::string key, const Value* v) {
  if (v != nullptr && !v->is_null()) members_.push_back(Member{std::move(key), v->location(), *v});
  return *this;
}

ObjectBuilder& ObjectBuilder::set(std::string key, Value v) {
  if (v.is_null()) return *this;  // what an adapter could not build is left out
  const Location at = v.location();
  members_.push_back(Member{std::move(key), at, std::move(v)});
  return *this;
}

Value ObjectBuilder::build(Location at) { return Value::object(std::move(members_), at); }

}  // namespace infralint::loaders::detail::terraform
