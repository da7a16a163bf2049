// The JavaScript semantics cdk-nag's rules rely on, over template values.
//
// cdk-nag reads an L1 construct's props after Stack.resolve(): plain JSON-like values
// in which intrinsics stay objects. Its verdicts hinge on JavaScript details (loose
// equality, truthiness, property reads that throw on null, `for...of` over strings), so
// the ported rules spell those out with these helpers instead of guessing.
//
// Throughout, a null `const Value*` stands for `undefined`: a property that is absent.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "infralint/model/value.hpp"

namespace infralint::rules::aws::js {

using model::Value;

// Throws CannotValidate: the point where JavaScript would raise a TypeError.
[[noreturn]] void type_error(const Value* at, const std::string& detail);

// `v == undefined`: absent or null.
bool is_nullish(const Value* v);
// `typeof v === 'object' && v !== null`: objects and arrays (any intrinsic).
bool is_object(const Value* v);
// `if (v)`.
bool truthy(const Value* v);

// `v.key`: throws on undefined and null, undefined for primitives and arrays.
const Value* get(const Value* v, std::string_view key);
// `v?.key`.
const Value* get_optional(const Value* v, std::string_view key);

// `v === 'text'`, `v === true`, `v === false`.
bool strict_equals(const Value* v, std::string_view text);
// `a === b` between two template values: primitives by value, objects by identity.
bool strict_equals(const Value* a, const Value* b);
bool is_true(const Value* v);
bool is_false(const Value* v);
// `v == b`, `v == n`, `v == 'text'` (v a primitive or undefined).
bool loose_equals(const Value* v, bool b);
bool loose_equals(const Value* v, double n);
bool loose_equals(const Value* v, std::string_view text);
// A string literal would otherwise convert to bool (pointer to bool beats the
// conversion to string_view) and compare with `true`.
inline bool loose_equals(const Value* v, const char* text) { return loose_equals(v, std::string_view(text)); }

// A string method call `v.method(...)`: the receiver must be a string.
std::string_view string_receiver(const Value* v, std::string_view method);
// `toLowerCase()`. ASCII folding is exact for every comparison the rules make: no
// non-ASCII letter lowers to the ASCII letters those literals use.
std::string to_lower(std::string_view text);
// `v.includes(needle)`: substring for a string, an element for an array, else throws.
bool includes(const Value* v, std::string_view needle);

// `for (const x of v)`: an array's items, a string's characters; anything else throws.
class Elements {
 public:
  explicit Elements(const Value* iterable);
  Elements(const Elements&) = delete;
  Elements& operator=(const Elements&) = delete;
  auto begin() const { return items_.begin(); }
  auto end() const { return items_.end(); }
  std::size_t size() const { return items_.size(); }

 private:
  std::vector<Value> characters_;  // owned when iterating a string
  std::vector<const Value*> items_;
};

// `Array.isArray(v) ? v : [v]` as cdk-nag's normalizeArray writes it.
std::vector<const Value*> normalize_array(const Value* v);

}  // namespace infralint::rules::aws::js
