#include "escape.hpp"

#include <fmt/format.h>

#include "utf8.hpp"

namespace infralint::reporters::detail {
namespace {

// Characters that reorder or hide text in a viewer ("Trojan Source"), or that some
// viewers treat as a line break.
bool is_layout_control(char32_t cp) {
  return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029;
}

void append_hex_byte(std::string& out, unsigned char byte) {
  fmt::format_to(std::back_inserter(out), "\\x{:02x}", byte);
}

bool is_safe_line_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '/' ||
         c == '_' || c == '-';
}

bool xml_allows(char32_t cp) {
  if (cp < 0x20) return cp == 0x09 || cp == 0x0A || cp == 0x0D;
  return cp != 0xFFFE && cp != 0xFFFF;  // surrogates never decode as valid UTF-8
}

enum class XmlContext { Text, Attribute };

std::string xml_escape(std::string_view text, XmlContext context) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint cp = decode_utf8(text, i);
    const std::string_view raw = text.substr(i, cp.length);
    i += cp.length;
    if (!cp.valid || !xml_allows(cp.value)) {
      append_utf8(out, U'\uFFFD');
      continue;
    }
    switch (cp.value) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\r':
        out += "&#13;";
        break;
      case '\n':
        out += context == XmlContext::Attribute ? "&#10;" : "\n";
        break;
      case '\t':
        out += context == XmlContext::Attribute ? "&#9;" : "\t";
        break;
      default:
        out += raw;
    }
  }
  return out;
}

}  // namespace

void append_visible(std::string& out, std::string_view text) {
  std::size_t run = 0;  // start of the printable ASCII not yet copied
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte < 0x7F) {  // printable ASCII, the bulk of any text, stays as is
      ++i;
      continue;
    }
    out.append(text.substr(run, i - run));
    const CodePoint cp = decode_utf8(text, i);
    if (!cp.valid) {
      for (std::size_t k = 0; k < cp.length; ++k) append_hex_byte(out, static_cast<unsigned char>(text[i + k]));
    } else if (cp.value == '\n') {
      out += "\\n";
    } else if (cp.value == '\r') {
      out += "\\r";
    } else if (cp.value == '\t') {
      out += "\\t";
    } else if (cp.value < 0x20 || cp.value == 0x7F) {
      append_hex_byte(out, static_cast<unsigned char>(cp.value));
    } else if ((cp.value >= 0x80 && cp.value <= 0x9F) || is_layout_control(cp.value)) {
      fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(cp.value));
    } else {
      out.append(text.substr(i, cp.length));
    }
    i += cp.length;
    run = i;
  }
  out.append(text.substr(run));
}

std::string visible(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_visible(out, text);
  return out;
}

std::string line_start_path(std::string_view path) {
  if (path.empty()) return "<unknown>";
  std::string out;
  if (!is_safe_line_start(path.front())) out = "./";
  append_visible(out, path);
  return out;
}

std::string line_start_position(std::string_view file, std::uint32_t line, std::uint32_t column) {
  std::string out = line_start_path(file);
  if (line > 0) fmt::format_to(std::back_inserter(out), ":{}:{}", line, column);
  return out;
}

std::string xml_text(std::string_view text) { return xml_escape(text, XmlContext::Text); }
std::string xml_attribute(std::string_view text) { return xml_escape(text, XmlContext::Attribute); }

}  // namespace infralint::reporters::detail
