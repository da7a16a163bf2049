// UTF-8 decoding for reporters: every output format must either carry only valid
// UTF-8 (JSON, SARIF, XML) or show invalid bytes visibly (text), so both need one
// decoder that says exactly which bytes are broken.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace infralint::reporters::detail {

// One step of decoding. When `valid` is false, `length` covers the maximal
// ill-formed subsequence at that point (Unicode's recommended practice), so a
// truncated three-byte sequence becomes one replacement, not two.
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 1;
  bool valid = true;
};

// Decodes the code point starting at `at` (precondition: at < text.size()).
// Overlong forms, surrogates (U+D800..U+DFFF) and values above U+10FFFF are invalid.
CodePoint decode_utf8(std::string_view text, std::size_t at);

bool is_valid_utf8(std::string_view text);

void append_utf8(std::string& out, char32_t code_point);

// `text` with every ill-formed subsequence replaced by U+FFFD.
std::string to_valid_utf8(std::string_view text);

}  // namespace infralint::reporters::detail
