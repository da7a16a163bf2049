#include "aws/common/nag_rules.hpp"

#include "aws/common/cannot_validate.hpp"
#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"

namespace infralint::rules::aws {

const model::Value* resolve_if_primitive(const model::Value* v, std::string_view what) {
  if (js::is_object(v))
    throw CannotValidate(v, std::string(what) + " is not a literal value (an intrinsic function or a structure), "
                                                "so the rule cannot decide before deploy");
  return v;
}

Referent Referent::plain(const model::Value* v) {
  Referent r;
  r.value_ = v;
  if (v != nullptr && v->is_string()) r.text_ = v->as_string();
  return r;
}

Referent Referent::of(const model::Value* v) {
  if (v != nullptr && v->is_object()) {
    const model::Value* ref = v->find("Ref");
    if (!js::is_nullish(ref)) return plain(ref);
    const model::Value* get_att = v->find("Fn::GetAtt");
    if (get_att != nullptr && get_att->is_array() && get_att->size() > 0) return plain(&get_att->items()[0]);
  }
  return plain(v);
}

bool Referent::same_as(const model::Value* other) const { return js::strict_equals(value_, other); }

bool Referent::ends_with(std::string_view suffix) const {
  if (!text_) js::type_error(value_, "the rule calls endsWith() on a reference that is not a string");
  return text_->ends_with(suffix);
}

std::string Referent::to_string() const { return text_ ? std::string(*text_) : js::to_string(value_); }

}  // namespace infralint::rules::aws
