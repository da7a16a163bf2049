#include "json_writer.hpp"

#include <fmt/format.h>

#include "utf8.hpp"

namespace infralint::reporters::detail {

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  const auto flush = [&](std::size_t end) { out.append(text.data() + run, end - run); };
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x80) {
      const CodePoint cp = decode_utf8(text, i);
      if (!cp.valid) {
        flush(i);
        append_utf8(out, U'\uFFFD');
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
    switch (byte) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out.push_back(kHex[byte >> 4]);
        out.push_back(kHex[byte & 0xF]);
    }
    run = ++i;
  }
  flush(text.size());
  out.push_back('"');
}

void JsonWriter::newline_and_indent(std::size_t depth) {
  out_.push_back('\n');
  out_.append(2 * depth, ' ');
}

void JsonWriter::open_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_items_.empty()) return;
  if (has_items_.back()) out_.push_back(',');
  has_items_.back() = true;
  newline_and_indent(has_items_.size());
}

void JsonWriter::close(char bracket) {
  const bool had_items = has_items_.back();
  has_items_.pop_back();
  if (had_items) newline_and_indent(has_items_.size());
  out_.push_back(bracket);
}

JsonWriter& JsonWriter::begin_object() {
  open_value();
  out_.push_back('{');
  has_items_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  close('}');
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  open_value();
  out_.push_back('[');
  has_items_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  close(']');
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  open_value();
  append_json_string(out_, name);
  out_ += ": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  open_value();
  append_json_string(out_, text);
  return *this;
}

JsonWriter& JsonWriter::number(std::uint64_t n) {
  open_value();
  fmt::format_to(std::back_inserter(out_), "{}", n);
  return *this;
}

JsonWriter& JsonWriter::boolean(bool b) {
  open_value();
  out_ += b ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  open_value();
  out_ += "null";
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
      out_ += tree.dump();
      return *this;
  }
}

}  // namespace infralint::reporters::detail
