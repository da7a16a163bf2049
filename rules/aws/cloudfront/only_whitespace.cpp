#include "aws/cloudfront/only_whitespace.hpp"

#include <cstdint>
#include <optional>
#include <string>

#include "aws/common/js_values.hpp"

namespace infralint::rules::aws::cloudfront {

namespace {

bool is_js_whitespace(std::uint32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// The code point starting at text[i], advancing i past it; nullopt for a byte that
// does not start a well-formed sequence (which is no whitespace either).
std::optional<std::uint32_t> next_code_point(std::string_view text, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t extra = 0;
  std::uint32_t c = 0;
  if (lead < 0x80) {
    c = lead;
  } else if ((lead & 0xE0) == 0xC0) {
    extra = 1;
    c = lead & 0x1Fu;
  } else if ((lead & 0xF0) == 0xE0) {
    extra = 2;
    c = lead & 0x0Fu;
  } else if ((lead & 0xF8) == 0xF0) {
    extra = 3;
    c = lead & 0x07u;
  } else {
    return std::nullopt;
  }
  if (text.size() - i <= extra) return std::nullopt;  // truncated
  for (std::size_t k = 1; k <= extra; ++k) {
    const auto byte = static_cast<unsigned char>(text[i + k]);
    if ((byte & 0xC0) != 0x80) return std::nullopt;
    c = (c << 6) | (byte & 0x3Fu);
  }
  i += extra + 1;
  return c;
}

}  // namespace

bool only_whitespace(const model::Value* v, std::string_view what) {
  if (v == nullptr || !v->is_string())
    js::type_error(v, "the rule strips whitespace from " + std::string(what) + ", which is not a string");
  const std::string_view text = v->as_string();
  for (std::size_t i = 0; i < text.size();) {
    const std::optional<std::uint32_t> c = next_code_point(text, i);
    if (!c || !is_js_whitespace(*c)) return false;
  }
  return true;
}

}  // namespace infralint::rules::aws::cloudfront
