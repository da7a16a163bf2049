#include "aws/common/js_values.hpp"

#include <algorithm>

#include "aws/common/cannot_validate.hpp"
#include "aws/common/js_text.hpp"

namespace infralint::rules::aws::js {

void type_error(const Value* at, const std::string& detail) { throw CannotValidate(at, detail); }

bool is_nullish(const Value* v) { return v == nullptr || v->is_null(); }

bool is_object(const Value* v) { return v != nullptr && (v->is_object() || v->is_array()); }

bool truthy(const Value* v) {
  if (is_nullish(v)) return false;
  switch (v->kind()) {
    case Value::Kind::Bool: return v->as_bool();
    case Value::Kind::Number: {
      std::optional<double> n = to_number(v);
      return n && *n != 0;  // 0, -0 and NaN are falsy
    }
    case Value::Kind::String: return !v->as_string().empty();
    default: return true;
  }
}

const Value* get(const Value* v, std::string_view key) {
  if (is_nullish(v))
    type_error(v, "the rule reads '" + std::string(key) + "' of a value that is " + (v ? "null" : "absent"));
  return v->find(key);
}

const Value* get_optional(const Value* v, std::string_view key) { return is_nullish(v) ? nullptr : v->find(key); }

bool strict_equals(const Value* v, std::string_view text) {
  return v != nullptr && v->is_string() && v->as_string() == text;
}

bool strict_equals(const Value* a, const Value* b) {
  if (a == nullptr || b == nullptr) return a == b;
  if (a->kind() != b->kind()) return false;
  switch (a->kind()) {
    case Value::Kind::Null: return true;
    case Value::Kind::Bool: return a->as_bool() == b->as_bool();
    case Value::Kind::String: return a->as_string() == b->as_string();
    case Value::Kind::Number: {
      std::optional<double> x = to_number(a), y = to_number(b);
      return x && y && *x == *y;
    }
    default: return a == b;  // two objects are the same only if they are one
  }
}

bool is_true(const Value* v) { return v != nullptr && v->is_bool() && v->as_bool(); }
bool is_false(const Value* v) { return v != nullptr && v->is_bool() && !v->as_bool(); }

bool loose_equals(const Value* v, bool b) { return loose_equals(v, b ? 1.0 : 0.0); }

bool loose_equals(const Value* v, double n) {
  // null and undefined equal only each other; anything else compares as a number (an
  // object through its String()).
  if (is_nullish(v)) return false;
  std::optional<double> mine = is_object(v) ? string_to_number(to_string(v)) : to_number(v);
  return mine && *mine == n;
}

bool loose_equals(const Value* v, std::string_view text) {
  if (is_nullish(v)) return false;
  if (v->is_string()) return v->as_string() == text;
  if (is_object(v)) return to_string(v) == text;  // an object compares by its String()
  std::optional<double> mine = to_number(v);
  std::optional<double> theirs = string_to_number(text);
  return mine && theirs && *mine == *theirs;
}

std::string_view string_receiver(const Value* v, std::string_view method) {
  if (v == nullptr || !v->is_string())
    type_error(v, "the rule calls " + std::string(method) + "() on a value that is not a string");
  return v->as_string();
}

std::string to_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool includes(const Value* v, std::string_view needle) {
  if (v != nullptr && v->is_string()) return v->as_string().find(needle) != std::string_view::npos;
  if (v != nullptr && v->is_array()) {
    for (const Value& item : v->items())
      if (item.is_string() && item.as_string() == needle) return true;
    return false;
  }
  type_error(v, "the rule calls includes() on a value that is neither a string nor a list");
}

namespace {
// The length of the UTF-8 sequence starting with `lead` (1 for stray bytes).
std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}
}  // namespace

Elements::Elements(const Value* iterable) {
  if (iterable != nullptr && iterable->is_array()) {
    items_.reserve(iterable->size());
    for (const Value& item : iterable->items()) items_.push_back(&item);
    return;
  }
  if (iterable != nullptr && iterable->is_string()) {
    // A string iterates by code point; each one is a one-character string.
    std::string_view text = iterable->as_string();
    for (std::size_t i = 0; i < text.size();) {
      std::size_t n = std::min(utf8_length(static_cast<unsigned char>(text[i])), text.size() - i);
      characters_.push_back(Value::string(std::string(text.substr(i, n)), iterable->location()));
      i += n;
    }
    items_.reserve(characters_.size());
    for (const Value& c : characters_) items_.push_back(&c);
    return;
  }
  type_error(iterable, "the rule loops over a value that is not a list");
}

std::vector<const Value*> normalize_array(const Value* v) {
  std::vector<const Value*> out;
  if (v != nullptr && v->is_array()) {
    for (const Value& item : v->items()) out.push_back(&item);
  } else {
    out.push_back(v);
  }
  return out;
}

}  // namespace infralint::rules::aws::js
