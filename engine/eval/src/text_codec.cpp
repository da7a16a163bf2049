#include "text_codec.hpp"

#include <cstdint>

namespace infralint::engine {

namespace {
int sextet(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}
}  // namespace

std::string decode_base64(std::string_view text) {
  std::string out;
  out.reserve(text.size() / 4 * 3);
  std::uint32_t bits = 0;
  int held = 0;
  for (char c : text) {
    if (c == '=') break;  // padding ends the data
    const int v = sextet(c);
    if (v < 0) continue;
    bits = (bits << 6) | static_cast<std::uint32_t>(v);
    held += 6;
    if (held >= 8) {
      held -= 8;
      out += static_cast<char>((bits >> held) & 0xFF);
    }
  }
  return out;
}

std::size_t javascript_length(std::string_view utf8) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    std::size_t width = 1;
    if (lead >= 0xF0 && lead <= 0xF4) width = 4;
    else if (lead >= 0xE0 && lead <= 0xEF) width = 3;
    else if (lead >= 0xC2 && lead <= 0xDF) width = 2;
    bool well_formed = i + width <= utf8.size();
    for (std::size_t k = 1; well_formed && k < width; ++k)
      well_formed = (static_cast<unsigned char>(utf8[i + k]) & 0xC0) == 0x80;
    if (!well_formed) width = 1;
    // Code points beyond the Basic Multilingual Plane take a surrogate pair.
    units += well_formed && width == 4 ? 2 : 1;
    i += width;
  }
  return units;
}

}  // namespace infralint::engine
