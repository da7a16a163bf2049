#include "aws/common/js_text.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "aws/common/cannot_validate.hpp"

namespace infralint::rules::aws::js {

namespace {

// Documents are already depth-limited by the loaders; this keeps these recursive
// walks safe on their own.
constexpr int kMaxDepth = 1000;

void check_depth(int depth, const Value& at) {
  if (depth > kMaxDepth) throw CannotValidate(&at, "the value is nested too deeply to read");
}

// The code point of the UTF-8 sequence at `text[i]` and its length; stray bytes read
// as themselves.
std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (i + n > text.size()) return {lead, 1};
  if (n == 1) return {lead, 1};
  char32_t cp = lead & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  return {cp, n};
}

// JavaScript's WhiteSpace and LineTerminator code points, which Number("...") trims.
bool is_js_space(char32_t cp) {
  switch (cp) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF: return true;
    default: return cp >= 0x2000 && cp <= 0x200A;
  }
}

std::string_view trim_js_space(std::string_view text) {
  while (!text.empty()) {
    auto [cp, n] = decode(text, 0);
    if (!is_js_space(cp)) break;
    text.remove_prefix(n);
  }
  while (!text.empty()) {
    // Step back to the start of the last code point.
    std::size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    auto [cp, n] = decode(text, start);
    if (!is_js_space(cp) || start + n != text.size()) break;
    text.remove_suffix(n);
  }
  return text;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// StrUnsignedDecimalLiteral without "Infinity": digits, an optional fraction, an
// optional exponent, with at least one digit before the exponent.
bool is_unsigned_decimal(std::string_view s) {
  std::size_t i = 0, digits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t exp_digits = 0;
    while (i < s.size() && is_digit(s[i])) ++i, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  return i == s.size();
}

std::optional<double> parse_radix(std::string_view digits, int radix) {
  if (digits.empty()) return std::nullopt;
  double value = 0;
  for (char c : digits) {
    int d = is_digit(c) ? c - '0' : (c >= 'a' && c <= 'z') ? c - 'a' + 10 : (c >= 'A' && c <= 'Z') ? c - 'A' + 10 : 99;
    if (d >= radix) return std::nullopt;
    value = value * radix + d;
  }
  return value;
}

void quote(std::string& out, std::string_view text) {
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          std::array<char, 8> buf{};
          std::snprintf(buf.data(), buf.size(), "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buf.data();
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

// An array index as JavaScript objects order them: "0" or no leading zero, below 2^32-1.
std::optional<std::uint32_t> array_index(std::string_view key) {
  if (key.empty() || key.size() > 10 || (key.size() > 1 && key[0] == '0')) return std::nullopt;
  std::uint64_t n = 0;
  for (char c : key) {
    if (!is_digit(c)) return std::nullopt;
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  if (n >= 0xFFFFFFFFull) return std::nullopt;
  return static_cast<std::uint32_t>(n);
}

void stringify_into(std::string& out, const Value& v, int depth) {
  check_depth(depth, v);
  switch (v.kind()) {
    case Value::Kind::Null: out += "null"; return;
    case Value::Kind::Bool: out += v.as_bool() ? "true" : "false"; return;
    case Value::Kind::Number: {
      std::optional<double> n = to_number(&v);
      out += n && std::isfinite(*n) ? number_to_string(*n) : "null";
      return;
    }
    case Value::Kind::String: quote(out, v.as_string()); return;
    case Value::Kind::Array: {
      out += '[';
      bool first = true;
      for (const Value& item : v.items()) {
        if (!first) out += ',';
        first = false;
        stringify_into(out, item, depth + 1);
      }
      out += ']';
      return;
    }
    case Value::Kind::Object: {
      std::vector<std::pair<std::uint32_t, const model::Member*>> indexed;
      std::vector<const model::Member*> named;
      for (const model::Member& m : v.members()) {
        if (auto index = array_index(m.key)) indexed.emplace_back(*index, &m);
        else named.push_back(&m);
      }
      std::stable_sort(indexed.begin(), indexed.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      out += '{';
      bool first = true;
      auto emit = [&](const model::Member& m) {
        if (!first) out += ',';
        first = false;
        quote(out, m.key);
        out += ':';
        stringify_into(out, m.value, depth + 1);
      };
      for (const auto& [index, member] : indexed) emit(*member);
      for (const model::Member* member : named) emit(*member);
      out += '}';
      return;
    }
  }
}

std::string to_string_at(const Value* v, int depth) {
  if (v == nullptr) return "undefined";
  check_depth(depth, *v);
  switch (v->kind()) {
    case Value::Kind::Null: return "null";
    case Value::Kind::Bool: return v->as_bool() ? "true" : "false";
    case Value::Kind::Number: {
      std::optional<double> n = to_number(v);
      return n ? number_to_string(*n) : "NaN";
    }
    case Value::Kind::String: return std::string(v->as_string());
    case Value::Kind::Array: {
      // Array.prototype.join(","), where null and undefined items become "".
      std::string out;
      bool first = true;
      for (const Value& item : v->items()) {
        if (!first) out += ',';
        first = false;
        if (!item.is_null()) out += to_string_at(&item, depth + 1);
      }
      return out;
    }
    case Value::Kind::Object: return "[object Object]";
  }
  return {};
}

}  // namespace

std::optional<double> string_to_number(std::string_view text) {
  std::string_view s = trim_js_space(text);
  if (s.empty()) return 0.0;
  if (s.size() > 2 && s[0] == '0') {
    switch (s[1]) {
      case 'x': case 'X': return parse_radix(s.substr(2), 16);
      case 'o': case 'O': return parse_radix(s.substr(2), 8);
      case 'b': case 'B': return parse_radix(s.substr(2), 2);
      default: break;
    }
  }
  double sign = 1;
  if (s[0] == '+' || s[0] == '-') {
    sign = s[0] == '-' ? -1 : 1;
    s.remove_prefix(1);
  }
  if (s == "Infinity") return sign * HUGE_VAL;
  if (!is_unsigned_decimal(s)) return std::nullopt;
  // from_chars reads this grammar except a leading '.', which strtod takes too.
  std::string copy(s);
  return sign * std::strtod(copy.c_str(), nullptr);
}

std::optional<double> to_number(const Value* v) {
  if (v == nullptr) return std::nullopt;
  switch (v->kind()) {
    case Value::Kind::Null: return 0.0;
    case Value::Kind::Bool: return v->as_bool() ? 1.0 : 0.0;
    case Value::Kind::Number:
    case Value::Kind::String: return string_to_number(v->as_string());
    default: return string_to_number(to_string(v));
  }
}

std::string number_to_string(double n) {
  if (std::isnan(n)) return "NaN";
  if (n == 0) return "0";
  if (std::isinf(n)) return n > 0 ? "Infinity" : "-Infinity";
  if (n < 0) return "-" + number_to_string(-n);
  // The shortest digits that read back as n, and the decimal exponent.
  std::array<char, 64> buf{};
  auto result = std::to_chars(buf.data(), buf.data() + buf.size(), n, std::chars_format::scientific);
  std::string_view sci(buf.data(), static_cast<std::size_t>(result.ptr - buf.data()));
  const std::size_t e_at = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e_at))
    if (c != '.') digits += c;
  const int exponent = std::atoi(std::string(sci.substr(e_at + 1)).c_str());
  const int k = static_cast<int>(digits.size());
  const int point = exponent + 1;  // value = 0.digits x 10^point
  if (k <= point && point <= 21) return digits + std::string(static_cast<std::size_t>(point - k), '0');
  if (0 < point && point <= 21) return digits.substr(0, static_cast<std::size_t>(point)) + "." + digits.substr(static_cast<std::size_t>(point));
  if (-6 < point && point <= 0) return "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
  std::string out = digits.substr(0, 1);
  if (k > 1) out += "." + digits.substr(1);
  out += point - 1 >= 0 ? "e+" : "e-";
  out += std::to_string(std::abs(point - 1));
  return out;
}

std::string to_string(const Value* v) { return to_string_at(v, 0); }

std::string stringify(const Value& v) {
  std::string out;
  stringify_into(out, v, 0);
  return out;
}

}  // namespace infralint::rules::aws::js
