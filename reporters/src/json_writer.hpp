// Streams pretty-printed JSON into a string without building a document first.
//
// The SARIF and JSON reports of a large scan hold tens of thousands of findings; as
// an nlohmann-json tree they cost more time and memory than the scan itself. The
// writer produces the bytes nlohmann-json's dump(2) would, so small parts that are
// easier to build as a tree (rule descriptors, the summary) can still be written
// with value(), and the output does not change with the method.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "json_text.hpp"

namespace infralint::reporters::detail {

class JsonWriter {
 public:
  explicit JsonWriter(std::size_t expected_bytes = 4096) { buffer_.resize(expected_bytes); }

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  // Names the member whose value comes next (inside an object only).
  JsonWriter& key(std::string_view name);

  // A string; ill-formed UTF-8 becomes U+FFFD, so the output is always valid.
  JsonWriter& string(std::string_view text);
  JsonWriter& number(std::uint64_t n);
  JsonWriter& boolean(bool b);
  JsonWriter& null();
  // A ready-made tree, written in the same layout.
  JsonWriter& value(const Json& tree);
  // Text appended as it is, outside the JSON structure (a final newline).
  JsonWriter& raw(std::string_view text);

  // key(name) then the value.
  JsonWriter& member(std::string_view name, std::string_view text) { return key(name).string(text); }
  JsonWriter& member(std::string_view name, const char* text) { return key(name).string(text); }
  JsonWriter& member(std::string_view name, std::uint64_t n) { return key(name).number(n); }

  // The bytes written so far; the writer is empty afterwards.
  std::string take();

 private:
  // Room for `bytes` more bytes at the end; the caller then advances length_ by
  // what it wrote. One check per write instead of one per character.
  char* room(std::size_t bytes) {
    if (length_ + bytes > buffer_.size()) grow(bytes);
    return buffer_.data() + length_;
  }
  void grow(std::size_t bytes);
  void put(std::string_view text) {
    std::memcpy(room(text.size()), text.data(), text.size());
    length_ += text.size();
  }
  void put_string_literal(std::string_view text);
  // Comma, newline and indentation before a value (nothing after a key).
  void open_value();
  void newline_and_indent(std::size_t depth);
  void close(char bracket);

  std::string buffer_;       // sized ahead; only the first length_ bytes are output
  std::size_t length_ = 0;
  std::vector<char> has_items_;  // per open container: has it an item yet? (0 or 1)
  bool after_key_ = false;
};

}  // namespace infralint::reporters::detail
