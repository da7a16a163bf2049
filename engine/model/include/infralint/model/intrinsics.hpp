// Static resolution of CloudFormation intrinsics, for rules that want the value a
// template will deploy with rather than the text it was written as.
//
// Resolves what is knowable before deploy: Ref to a parameter with a Default (the
// result is Origin::Defaulted), pseudo parameters that are fixed (AWS::NoValue),
// Conditions built from Fn::Equals/And/Or/Not/Condition over such values, Fn::If,
// Fn::FindInMap with literal keys, Fn::Join and Fn::Sub over literals, Fn::Select
// over a literal list. Everything else resolves to Unresolved, never to a guess.
#pragma once

#include <optional>
#include <string_view>

#include "infralint/model/stack.hpp"
#include "infralint/model/value.hpp"

namespace infralint::model {

class Resolved {
 public:
  enum class State : std::uint8_t {
    Known,       // value() is the deployed value
    NoValue,     // AWS::NoValue: the property is as good as absent
    Unresolved,  // not knowable before deploy; unresolved_at() says which part
  };

  static Resolved known(const Value& v, Origin origin = Origin::Written);
  static Resolved computed(Value v, Origin origin = Origin::Written);
  static Resolved no_value();
  static Resolved unresolved(const Value& at);

  State state() const { return state_; }
  bool is_known() const { return state_ == State::Known; }
  // Precondition: is_known(). Points into the template or at the computed value.
  const Value& value() const;
  Origin origin() const { return origin_; }
  const Value* unresolved_at() const { return unresolved_at_; }

 private:
  State state_ = State::Unresolved;
  Origin origin_ = Origin::Written;
  const Value* borrowed_ = nullptr;
  std::optional<Value> owned_;
  const Value* unresolved_at_ = nullptr;
};

// Resolves `value` (one level: an object's members are not resolved, its intrinsic
// is). `stack` supplies Parameters, Conditions and Mappings.
Resolved resolve(const Value& value, const Stack& stack);

// The truth of a named condition of `stack`, when it can be decided statically.
std::optional<bool> evaluate_condition(std::string_view name, const Stack& stack);

}  // namespace infralint::model
