#include "yaml_scalars.hpp"

namespace infralint::loaders::detail {

using model::Value;

namespace {

constexpr std::string_view kStandardPrefix = "tag:yaml.org,2002:";

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_octal(char c) { return c >= '0' && c <= '7'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

template <class Pred>
bool all_of(std::string_view s, Pred pred) {
  if (s.empty()) return false;
  for (char c : s)
    if (!pred(c)) return false;
  return true;
}

bool is_null_word(std::string_view s) { return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL"; }
bool is_true_word(std::string_view s) { return s == "true" || s == "True" || s == "TRUE"; }
bool is_false_word(std::string_view s) { return s == "false" || s == "False" || s == "FALSE"; }

// [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+
bool is_core_int(std::string_view s) {
  if (s.starts_with("0o")) return all_of(s.substr(2), is_octal);
  if (s.starts_with("0x")) return all_of(s.substr(2), is_hex);
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  return all_of(s, is_digit);
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)
bool is_core_float(std::string_view s) {
  if (s == ".nan" || s == ".NaN" || s == ".NAN") return true;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  if (s == ".inf" || s == ".Inf" || s == ".INF") return true;
  std::size_t i = 0;
  const std::size_t integer_digits = [&] {
    std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    return i - start;
  }();
  std::size_t fraction_digits = 0;
  if (i < s.size() && s[i] == '.') {
    ++i;
    const std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    fraction_digits = i - start;
  }
  if (integer_digits == 0 && fraction_digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    const std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start) return false;
  }
  return i == s.size();
}

}  // namespace

Value::Kind plain_scalar_kind(std::string_view text) {
  if (is_null_word(text)) return Value::Kind::Null;
  if (is_true_word(text) || is_false_word(text)) return Value::Kind::Bool;
  // Cheap first-character test: most scalars are words, and words are strings.
  const char first = text.front();
  if (!is_digit(first) && first != '-' && first != '+' && first != '.') return Value::Kind::String;
  if (is_core_int(text) || is_core_float(text)) return Value::Kind::Number;
  return Value::Kind::String;
}

Value plain_scalar(std::string text, model::Location at) {
  switch (plain_scalar_kind(text)) {
    case Value::Kind::Null: return Value::null(at);
    case Value::Kind::Bool: return Value::boolean(is_true_word(text), at);
    case Value::Kind::Number: return Value::number(std::move(text), at);
    default: return Value::string(std::move(text), at);
  }
}

std::optional<Value> standard_tagged_scalar(std::string_view tag, std::string text, model::Location at,
                                            std::string& error) {
  if (!tag.starts_with(kStandardPrefix)) return std::nullopt;
  const std::string_view name = tag.substr(kStandardPrefix.size());
  if (name == "str" || name == "binary" || name == "timestamp") return Value::string(std::move(text), at);
  if (name == "null") {
    if (!is_null_word(text)) error = "'" + text + "' is not a null (tagged !!null)";
    return Value::null(at);
  }
  if (name == "bool") {
    if (!is_true_word(text) && !is_false_word(text)) error = "'" + text + "' is not a boolean (tagged !!bool)";
    return Value::boolean(is_true_word(text), at);
  }
  if (name == "int" || name == "float") {
    if (!(name == "int" ? is_core_int(text) : is_core_float(text) || is_core_int(text)))
      error = "'" + text + "' is not a number (tagged !!" + std::string(name) + ")";
    return Value::number(std::move(text), at);
  }
  return std::nullopt;
}

bool is_plain_collection_tag(std::string_view tag) {
  if (tag == "?" || tag == "!" || tag.empty()) return true;
  if (!tag.starts_with(kStandardPrefix)) return false;
  const std::string_view name = tag.substr(kStandardPrefix.size());
  return name == "map" || name == "seq" || name == "omap" || name == "set" || name == "pairs";
}

}  // namespace infralint::loaders::detail
