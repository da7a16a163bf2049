// Streams pretty-printed JSON into a string without building a document first.
//
// The SARIF and JSON reports of a large scan hold tens of thousands of findings; as
// an nlohmann-json tree they cost more time and memory than the scan itself. The
// writer produces the bytes nlohmann-json's dump(2) would, so small parts that are
// easier to build as a tree (rule descriptors, the summary) can still be written
// with value(), and the output does not change with the method.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "json_text.hpp"

namespace infralint::reporters::detail {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

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

  // key(name) then the value.
  JsonWriter& member(std::string_view name, std::string_view text) { return key(name).string(text); }
  JsonWriter& member(std::string_view name, const char* text) { return key(name).string(text); }
  JsonWriter& member(std::string_view name, std::uint64_t n) { return key(name).number(n); }

 private:
  // Comma, newline and indentation before a value (nothing after a key).
  void open_value();
  void newline_and_indent(std::size_t depth);
  void close(char bracket);

  std::string& out_;
  std::vector<bool> has_items_;  // per open container: has it an item yet?
  bool after_key_ = false;
};

// Appends `text` as a JSON string literal (quotes included), escaped as
// nlohmann-json escapes it, with ill-formed UTF-8 replaced by U+FFFD.
void append_json_string(std::string& out, std::string_view text);

}  // namespace infralint::reporters::detail
