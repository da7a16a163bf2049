#include "json_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "utf8.hpp"

namespace infralint::reporters::detail {

namespace {

// True when one of the 8 bytes of `word` needs a look: a control character, '"',
// '\\' or a byte of a multi-byte sequence. (The zero-byte test may also flag a byte
// after a flagged one; that only sends the word down the byte-wise path.)
bool is_plain(unsigned char byte) { return byte >= 0x20 && byte < 0x80 && byte != '"' && byte != '\\'; }

bool needs_a_look(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
  const auto has_zero_byte = [](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  const std::uint64_t control = (word - 0x20 * kOnes) & ~word & kHighs;
  return ((word & kHighs) | control | has_zero_byte(word ^ ('"' * kOnes)) | has_zero_byte(word ^ ('\\' * kOnes))) != 0;
}

}  // namespace

void JsonWriter::grow(std::size_t bytes) { buffer_.resize(std::max(2 * buffer_.size(), length_ + bytes)); }

std::string JsonWriter::take() {
  buffer_.resize(length_);
  length_ = 0;
  return std::move(buffer_);
}

void JsonWriter::put_string_literal(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  // The longest escape is \u00XX, six bytes for one; U+FFFD is three bytes for one.
  char* const start = room(2 + 6 * text.size());
  char* out = start;
  *out++ = '"';
  const char* data = text.data();
  const std::size_t size = text.size();
  std::size_t run = 0;  // start of the bytes not yet copied
  const auto flush = [&](std::size_t end) {
    std::memcpy(out, data + run, end - run);
    out += end - run;
  };
  // Most text (keys, ids, paths, messages) needs no escape: find the first byte that
  // does, eight at a time, then byte by byte.
  std::size_t first = 0;
  for (std::uint64_t word; first + 8 <= size; first += 8) {
    std::memcpy(&word, data + first, 8);
    if (needs_a_look(word)) break;
  }
  while (first < size && is_plain(static_cast<unsigned char>(data[first]))) ++first;
  for (std::size_t i = first; i < size;) {
    // Plain ASCII: skip it eight bytes at a time.
    if (i + 8 <= size) {
      std::uint64_t word;
      std::memcpy(&word, data + i, 8);
      if (!needs_a_look(word)) {
        i += 8;
        continue;
      }
    }
    const auto byte = static_cast<unsigned char>(data[i]);
    if (byte >= 0x80) {
      const CodePoint cp = decode_utf8(text, i);
      if (!cp.valid) {
        flush(i);
        for (const char c : std::string_view("\xEF\xBF\xBD")) *out++ = c;
        run = i + cp.length;
      }
      i += cp.length;
      continue;
    }
    if (byte >= 0x20 && byte != '"' && byte != '\\') {
      ++i;
      continue;
    }
    flush(i);
    *out++ = '\\';
    switch (byte) {
      case '"': *out++ = '"'; break;
      case '\\': *out++ = '\\'; break;
      case '\b': *out++ = 'b'; break;
      case '\f': *out++ = 'f'; break;
      case '\n': *out++ = 'n'; break;
      case '\r': *out++ = 'r'; break;
      case '\t': *out++ = 't'; break;
      default:
        for (const char c : std::string_view("u00")) *out++ = c;
        *out++ = kHex[byte >> 4];
        *out++ = kHex[byte & 0xF];
    }
    run = ++i;
  }
  flush(size);
  *out++ = '"';
  length_ += static_cast<std::size_t>(out - start);
}

void JsonWriter::newline_and_indent(std::size_t depth) {
  static constexpr std::string_view kSpaces = "\n                                                                ";
  const std::size_t width = 1 + 2 * depth;
  if (width > kSpaces.size()) {
    char* out = room(width);
    out[0] = '\n';
    std::memset(out + 1, ' ', width - 1);
    length_ += width;
    return;
  }
  put(kSpaces.substr(0, width));
}

void JsonWriter::open_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_items_.empty()) return;
  if (has_items_.back()) put(",");
  has_items_.back() = 1;
  newline_and_indent(has_items_.size());
}

void JsonWriter::close(char bracket) {
  const bool had_items = has_items_.back() != 0;
  has_items_.pop_back();
  if (had_items) newline_and_indent(has_items_.size());
  put(std::string_view(&bracket, 1));
}

JsonWriter& JsonWriter::begin_object() {
  open_value();
  put("{");
  has_items_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  close('}');
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  open_value();
  put("[");
  has_items_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  close(']');
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  open_value();
  put_string_literal(name);
  put(": ");
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  open_value();
  put_string_literal(text);
  return *this;
}

JsonWriter& JsonWriter::number(std::uint64_t n) {
  open_value();
  char digits[24];
  const auto end = fmt::format_to(digits, "{}", n);
  put(std::string_view(digits, static_cast<std::size_t>(end - digits)));
  return *this;
}

JsonWriter& JsonWriter::boolean(bool b) {
  open_value();
  put(b ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::null() {
  open_value();
  put("null");
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view text) {
  put(text);
  return *this;
}

JsonWriter& JsonWriter::value(const Json& tree) {
  // Our own small trees (descriptors, summaries): their depth is fixed by the code
  // that builds them, never by input, so recursion is safe here.
  switch (tree.type()) {
    case Json::value_t::object:
      begin_object();
      for (const auto& [name, item] : tree.items()) key(name).value(item);
      return end_object();
    case Json::value_t::array:
      begin_array();
      for (const Json& item : tree) value(item);
      return end_array();
    case Json::value_t::string:
      return string(tree.get_ref<const std::string&>());
    default:
      // Numbers, booleans and null exactly as nlohmann-json prints them.
      open_value();
      put(tree.dump());
      return *this;
  }
}

}  // namespace infralint::reporters::detail
