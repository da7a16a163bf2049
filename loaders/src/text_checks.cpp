#include "text_checks.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "read_error.hpp"
#include "utf8.hpp"

namespace infralint::loaders::detail {

namespace {

// UTF-16 to UTF-8; unpaired surrogates and a trailing odd byte become U+FFFD.
std::string from_utf16(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size() / 2 + bytes.size() / 8);
  const auto unit_at = [&](std::size_t i) -> std::uint32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? static_cast<std::uint32_t>(a | (b << 8)) : static_cast<std::uint32_t>((a << 8) | b);
  };
  std::size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    const std::uint32_t unit = unit_at(i);
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 3 < bytes.size()) {
      const std::uint32_t low = unit_at(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    append_utf8(out, unit);  // a lone surrogate comes out as U+FFFD
  }
  if (i < bytes.size()) out += kReplacementCharacter;
  return out;
}

}  // namespace

std::string_view checked_text(std::string_view text, std::string& converted) {
  if (text.starts_with(std::string_view("\xFF\xFE\0\0", 4)) || text.starts_with(std::string_view("\0\0\xFE\xFF", 4)))
    throw ReadError{1, 1, "not UTF-8: the file is UTF-32; save it as UTF-8"};
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
    converted = from_utf16(text.substr(2), text[0] == '\xFF');
    text = converted;
  } else if (text.starts_with("\xEF\xBB\xBF")) {
    text.remove_prefix(3);
  }
  const void* nul = std::memchr(text.data(), '\0', text.size());
  if (!nul) return text;
  const std::string_view before = text.substr(0, static_cast<std::size_t>(static_cast<const char*>(nul) - text.data()));
  const auto line = static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n') + 1);
  const std::size_t last_break = before.rfind('\n');
  const std::size_t line_start = last_break == std::string_view::npos ? 0 : last_break + 1;
  const auto column = static_cast<std::uint32_t>(count_code_points(before.substr(line_start)) + 1);
  throw ReadError{line, column, "not text: contains NUL bytes (a binary file?)"};
}

}  // namespace infralint::loaders::detail
