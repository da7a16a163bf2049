// Strict JSON (RFC 8259) into model::Value, with the position of every value and key.
//
// A hand-written, iterative reader: the nesting lives in TreeBuilder's frames, not on
// the call stack, so `[[[[...` a million deep is a limit error, never a crash. nlohmann
// has no positions per value; this is also several times faster than going through
// its SAX interface and re-building our tree.
#include <array>
#include <cstring>
#include <new>
#include <string>

#include "infralint/loaders/readers.hpp"
#include "read_error.hpp"
#include "text_checks.hpp"
#include "tree_builder.hpp"
#include "utf8.hpp"

namespace infralint::loaders {

namespace {

using detail::ReadError;
using model::Location;
using model::Value;

// Bytes a string may contain without a closer look: printable ASCII other than the
// quote and the backslash.
constexpr std::array<bool, 256> kPlainStringByte = [] {
  std::array<bool, 256> table{};
  for (int c = 0x20; c < 0x80; ++c) table[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
  return table;
}();

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Skips the bytes of a string that need no decoding, eight at a time: a word is
// plain when it has no quote, no backslash, no control character and no byte >= 0x80
// (the classic "has a zero byte" bit trick, applied to each condition).
const char* skip_plain_string_bytes(const char* s, const char* end) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
  const auto has_zero_byte = [](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  while (end - s >= 8) {
    std::uint64_t word;
    std::memcpy(&word, s, 8);
    const std::uint64_t special = has_zero_byte(word ^ (kOnes * '"')) | has_zero_byte(word ^ (kOnes * '\\')) |
                                  ((word - kOnes * 0x20) & ~word & kHighs) | (word & kHighs);
    if (special) break;
    s += 8;
  }
  while (s != end && kPlainStringByte[static_cast<unsigned char>(*s)]) ++s;
  return s;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Names a byte for an error message: 'x' when printable, 0x1f otherwise.
std::string describe(char c) {
  const auto byte = static_cast<unsigned char>(c);
  if (byte >= 0x21 && byte < 0x7F) return std::string("'") + c + "'";
  static constexpr char kHex[] = "0123456789abcdef";
  return std::string("byte 0x") + kHex[byte >> 4] + kHex[byte & 0xF];
}

class JsonReader {
 public:
  JsonReader(std::string_view text, std::uint32_t file_id, const Limits& limits)
      : p_(text.data()), end_(text.data() + text.size()), line_start_(p_), file_(file_id), tree_(limits) {}

  Value parse() {
    skip_whitespace();
    for (;;) {
      read_value();
      // After a value: close containers until one wants another element.
      for (;;) {
        skip_whitespace();
        if (tree_.depth() == 0) {
          if (p_ != end_) fail("unexpected " + describe(*p_) + " after the end of the JSON value");
          return tree_.take_root();
        }
        if (p_ == end_) fail(tree_.in_object() ? "unexpected end of input: expected ',' or '}' after object member"
                                               : "unexpected end of input: expected ',' or ']' after array element");
        const char c = *p_;
        if (tree_.in_object()) {
          if (c == ',') {
            ++p_;
            skip_whitespace();
            if (p_ != end_ && *p_ == '}') fail("trailing comma before '}'");
            read_key();
            break;
          }
          if (c != '}') fail("expected ',' or '}' after object member, found " + describe(c));
        } else {
          if (c == ',') {
            ++p_;
            skip_whitespace();
            if (p_ != end_ && *p_ == ']') fail("trailing comma before ']'");
            break;
          }
          if (c != ']') fail("expected ',' or ']' after array element, found " + describe(c));
        }
        ++p_;
        tree_.end();
      }
    }
  }

 private:
  Location here() const {
    return Location{file_, line_, static_cast<std::uint32_t>(p_ - line_start_) - zero_width_ + 1};
  }

  [[noreturn]] void fail(std::string message) const { fail_at(here(), std::move(message)); }
  [[noreturn]] static void fail_at(Location at, std::string message) {
    throw ReadError{at.line, at.column, std::move(message)};
  }

  void skip_whitespace() {
    while (p_ != end_) {
      const char c = *p_;
      if (c == ' ' || c == '\t' || c == '\r') {
        ++p_;
      } else if (c == '\n') {
        // Indentation follows most line breaks: take the run of spaces in one go.
        ++p_;
        ++line_;
        line_start_ = p_;
        zero_width_ = 0;
        while (p_ != end_ && *p_ == ' ') ++p_;
      } else {
        break;
      }
    }
  }

  // One value; an opening bracket only opens its container (the caller's loop reads
  // the elements), so this never recurses.
  void read_value() {
    for (;;) {
      if (p_ == end_) fail("unexpected end of input: expected a value");
      const Location at = here();
      switch (*p_) {
        case '{':
          ++p_;
          tree_.begin_object(at);
          skip_whitespace();
          if (p_ != end_ && *p_ == '}') {
            ++p_;
            tree_.end();
            return;
          }
          read_key();
          continue;
        case '[':
          ++p_;
          tree_.begin_array(at);
          skip_whitespace();
          if (p_ != end_ && *p_ == ']') {
            ++p_;
            tree_.end();
            return;
          }
          continue;
        case '"':
          tree_.value(Value::string(read_string(), at));
          return;
        case 't':
          read_literal("true");
          tree_.value(Value::boolean(true, at));
          return;
        case 'f':
          read_literal("false");
          tree_.value(Value::boolean(false, at));
          return;
        case 'n':
          read_literal("null");
          tree_.value(Value::null(at));
          return;
        default:
          if (*p_ == '-' || is_digit(*p_)) {
            std::string number = read_number();
            tree_.check_string(number.size(), at);
            tree_.value(Value::number(std::move(number), at));
            return;
          }
          fail("expected a value, found " + describe(*p_));
      }
    }
  }

  // A member's key, the ':' and the whitespace after it.
  void read_key() {
    if (p_ == end_) fail("unexpected end of input: expected a string key");
    if (*p_ != '"') fail("expected a string key in double quotes, found " + describe(*p_));
    const Location at = here();
    std::string key = read_string();
    skip_whitespace();
    if (p_ == end_ || *p_ != ':') fail("expected ':' after object key");
    ++p_;
    skip_whitespace();
    tree_.key(std::move(key), at);
  }

  void read_literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() || std::memcmp(p_, word.data(), word.size()) != 0)
      fail("expected a value, found " + describe(*p_));
    p_ += word.size();
  }

  std::string read_number() {
    const char* start = p_;
    if (*p_ == '-') ++p_;
    if (p_ == end_ || !is_digit(*p_)) fail("invalid number: expected a digit");
    if (*p_ == '0') {
      ++p_;
      if (p_ != end_ && is_digit(*p_)) fail("invalid number: leading zeros are not allowed");
    } else {
      while (p_ != end_ && is_digit(*p_)) ++p_;
    }
    if (p_ != end_ && *p_ == '.') {
      ++p_;
      if (p_ == end_ || !is_digit(*p_)) fail("invalid number: expected a digit after '.'");
      while (p_ != end_ && is_digit(*p_)) ++p_;
    }
    if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (p_ != end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ == end_ || !is_digit(*p_)) fail("invalid number: expected a digit in the exponent");
      while (p_ != end_ && is_digit(*p_)) ++p_;
    }
    return std::string(start, p_);
  }

  std::string read_string() {
    const Location start = here();
    ++p_;  // the opening quote
    const char* s = skip_plain_string_bytes(p_, end_);
    if (s != end_ && *s == '"') {  // the common case: nothing to decode
      std::string out(p_, s);
      tree_.check_string(out.size(), start);
      p_ = s + 1;
      return out;
    }
    std::string out(p_, s);
    p_ = s;
    for (;;) {
      if (p_ == end_) fail_at(start, "unterminated string");
      const auto c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        ++p_;
        break;
      }
      if (c == '\\') {
        read_escape(out);
      } else if (c < 0x20) {
        if (c == '\n') fail_at(start, "unterminated string (a line break inside a string must be written as \\n)");
        fail("control character " + describe(*p_) + " in string must be escaped");
      } else if (c >= 0x80) {
        const detail::Utf8Sequence seq = detail::utf8_sequence(std::string_view(p_, static_cast<std::size_t>(end_ - p_)));
        if (seq.valid) out.append(p_, seq.length);
        else out += detail::kReplacementCharacter;
        p_ += seq.length;
        // A character is one column however many bytes it takes.
        zero_width_ += static_cast<std::uint32_t>(seq.length - 1);
      } else {
        const char* run = skip_plain_string_bytes(p_, end_);
        out.append(p_, run);
        p_ = run;
      }
    }
    tree_.check_string(out.size(), start);
    return out;
  }

  void read_escape(std::string& out) {
    const char* backslash = p_++;
    if (p_ == end_) fail("unterminated string");
    const char c = *p_++;
    switch (c) {
      case '"': out += '"'; return;
      case '\\': out += '\\'; return;
      case '/': out += '/'; return;
      case 'b': out += '\b'; return;
      case 'f': out += '\f'; return;
      case 'n': out += '\n'; return;
      case 'r': out += '\r'; return;
      case 't': out += '\t'; return;
      case 'u': break;
      default: p_ = backslash; fail("invalid escape sequence '\\" + std::string(1, c) + "'");
    }
    std::uint32_t unit = read_hex4();
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      // A high surrogate is only meaningful followed by an escaped low surrogate;
      // alone it becomes U+FFFD, as invalid UTF-8 does.
      if (end_ - p_ >= 6 && p_[0] == '\\' && p_[1] == 'u') {
        const char* saved = p_;
        p_ += 2;
        const std::uint32_t low = read_hex4();
        if (low >= 0xDC00 && low <= 0xDFFF) {
          detail::append_utf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
          return;
        }
        p_ = saved;
      }
      out += detail::kReplacementCharacter;
      return;
    }
    detail::append_utf8(out, unit);  // a lone low surrogate also becomes U+FFFD
  }

  std::uint32_t read_hex4() {
    std::uint32_t unit = 0;
    for (int i = 0; i < 4; ++i) {
      const int digit = p_ == end_ ? -1 : hex_value(*p_);
      if (digit < 0) fail("invalid \\u escape: expected four hexadecimal digits");
      unit = unit * 16 + static_cast<std::uint32_t>(digit);
      ++p_;
    }
    return unit;
  }

  const char* p_;
  const char* end_;
  const char* line_start_;
  std::uint32_t line_ = 1;
  // UTF-8 continuation bytes between line_start_ and p_: they take no column.
  std::uint32_t zero_width_ = 0;
  std::uint32_t file_;
  detail::TreeBuilder tree_;
};

}  // namespace

ParseResult read_json(std::string_view text, std::uint32_t file_id, const Limits& limits) {
  ParseResult result;
  try {
    std::string converted;
    const std::string_view body = detail::checked_text(text, converted);
    JsonReader reader(body, file_id, limits);
    result.documents.push_back(reader.parse());
  } catch (const ReadError& e) {
    result.documents.clear();
    result.error = ParseError{e.line, e.column, e.message};
  } catch (const std::bad_alloc&) {
    result.documents.clear();
    result.error = ParseError{0, 0, "out of memory while reading the document"};
  }
  return result;
}

}  // namespace infralint::loaders
