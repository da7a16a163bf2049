// UTF-8 checks shared by the readers. Invalid sequences inside strings are replaced
// with U+FFFD rather than rejected: one stray Latin-1 byte in a description should
// not cost the user every finding of the template.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace infralint::loaders::detail {

inline constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// Appends `code_point` encoded as UTF-8 (surrogates and out-of-range values become
// U+FFFD).
void append_utf8(std::string& out, std::uint32_t code_point);

// The UTF-8 sequence that starts at `text[0]` (a byte >= 0x80): its length when it
// is well-formed; when it is not (overlong, surrogate, beyond U+10FFFF, truncated,
// a stray continuation byte), the length of its "maximal subpart", the bytes that
// one U+FFFD replaces as Unicode recommends.
struct Utf8Sequence {
  std::size_t length = 1;
  bool valid = false;
};
Utf8Sequence utf8_sequence(std::string_view text);

// Appends `text` to `out`, replacing each ill-formed subpart with U+FFFD.
void append_sanitized(std::string& out, std::string_view text);

// True when `text` is well-formed UTF-8 (the common case: no copy needed).
bool is_valid_utf8(std::string_view text);

// Number of code points in `text` (bytes that are not UTF-8 continuation bytes).
// Columns are reported in code points, as editors show them.
std::size_t count_code_points(std::string_view text);

}  // namespace infralint::loaders::detail
