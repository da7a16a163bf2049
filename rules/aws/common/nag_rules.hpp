// Ports of cdk-nag's NagRules helpers (nag-rules.ts), which most rules call.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "infralint/model/value.hpp"

namespace infralint::rules::aws {

// NagRules.resolveIfPrimitive: the value itself when it is a primitive or absent;
// throws CannotValidate when it is an object or a list (an intrinsic cdk-nag will not
// guess at). `what` names the property for the message.
const model::Value* resolve_if_primitive(const model::Value* v, std::string_view what);

// What NagRules.resolveResourceFromIntrinsic returns: the logical id a Ref or an
// Fn::GetAtt names, otherwise the value itself.
class Referent {
 public:
  static Referent of(const model::Value* v);
  // The result, when it is a string (the usual case: a logical id or a literal name).
  const std::optional<std::string_view>& text() const { return text_; }
  // The value it came from; nullptr for undefined.
  const model::Value* value() const { return value_; }
  // `referent === name`.
  bool is(std::string_view name) const { return text_ && *text_ == name; }
  // `referent === other`.
  bool same_as(const model::Value* other) const;
  // `referent.endsWith(suffix)`: throws CannotValidate unless the referent is a string.
  bool ends_with(std::string_view suffix) const;
  // String(referent), as a template literal spells it.
  std::string to_string() const;

 private:
  static Referent plain(const model::Value* v);
  const model::Value* value_ = nullptr;
  std::optional<std::string_view> text_;
};

}  // namespace infralint::rules::aws
