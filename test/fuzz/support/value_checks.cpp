#include "value_checks.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

namespace infralint::fuzz {

using model::Location;
using model::Member;
using model::Value;

namespace {

// A strict UTF-8 check of our own (RFC 3629: no overlongs, no surrogates, nothing
// beyond U+10FFFF), independent of the loaders' helper it is checking.
bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if (b < 0x80) { ++i; continue; }
    if (b >= 0xC2 && b <= 0xDF) { n = 1; cp = b & 0x1Fu; }
    else if (b >= 0xE0 && b <= 0xEF) { n = 2; cp = b & 0x0Fu; }
    else if (b >= 0xF0 && b <= 0xF4) { n = 3; cp = b & 0x07u; }
    else return false;
    if (s.size() - i <= n) return false;  // truncated
    for (std::size_t k = 1; k <= n; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0u) != 0x80u) return false;
      cp = (cp << 6) | (c & 0x3Fu);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += n + 1;
  }
  return true;
}

void check_location(Location at, std::uint32_t lines, std::string_view what) {
  // 0 is "unknown"; a known line must exist in the text.
  if (at.line > lines) fail(std::string(what) + ": line " + std::to_string(at.line) + " beyond the text's " +
                            std::to_string(lines) + " lines");
  if (at.line != 0 && at.column == 0) fail(std::string(what) + ": a known line with column 0");
}

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (b < 0x20) {
      out += "\\u00";
      out += kHex[b >> 4];
      out += kHex[b & 0xF];
    } else {
      out += c;
    }
  }
  out += '"';
}

}  // namespace

void fail(std::string_view what) {
  std::fprintf(stderr, "fuzz check failed: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

std::uint32_t line_count(std::string_view text) {
  return static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n') + 1);
}

void check_tree(const Value& root, std::uint32_t lines, std::size_t max_depth) {
  // Explicit stack: the check must not itself be the recursion that overflows.
  std::vector<std::pair<const Value*, std::size_t>> todo{{&root, 0}};
  while (!todo.empty()) {
    const auto [v, depth] = todo.back();
    todo.pop_back();
    check_location(v->location(), lines, "value");
    if (v->is_string() || v->is_number()) require(valid_utf8(v->as_string()), "a string is not valid UTF-8");
    if (!v->is_array() && !v->is_object()) continue;
    require(depth < max_depth, "a container nests deeper than the depth limit");
    for (const Value& item : v->items()) todo.emplace_back(&item, depth + 1);
    for (const Member& m : v->members()) {
      require(valid_utf8(m.key), "a key is not valid UTF-8");
      check_location(m.key_location, lines, "key");
      todo.emplace_back(&m.value, depth + 1);
    }
  }
}

std::string to_json(const Value& value) {
  std::string out;
  // Recursion is fine here: the reader already bounded the depth.
  struct Writer {
    std::string& out;
    void write(const Value& v) {
      switch (v.kind()) {
        case Value::Kind::Null: out += "null"; break;
        case Value::Kind::Bool: out += v.as_bool() ? "true" : "false"; break;
        case Value::Kind::Number: out += v.as_string(); break;
        case Value::Kind::String: append_json_string(out, v.as_string()); break;
        case Value::Kind::Array: {
          out += '[';
          bool first = true;
          for (const Value& item : v.items()) {
            if (!std::exchange(first, false)) out += ',';
            write(item);
          }
          out += ']';
          break;
        }
        case Value::Kind::Object: {
          out += '{';
          bool first = true;
          for (const Member& m : v.members()) {
            if (!std::exchange(first, false)) out += ',';
            append_json_string(out, m.key);
            out += ':';
            write(m.value);
          }
          out += '}';
          break;
        }
      }
    }
  };
  Writer{out}.write(value);
  return out;
}

}  // namespace infralint::fuzz
