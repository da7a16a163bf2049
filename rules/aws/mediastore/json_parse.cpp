#include "aws/mediastore/json_parse.hpp"

#include <string>
#include <unordered_map>
#include <vector>

#include "aws/common/cannot_validate.hpp"
#include "aws/common/js_text.hpp"

namespace infralint::rules::aws::js {

using model::Value;

namespace {

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A code point as UTF-8; a lone surrogate (which JavaScript strings may hold) gets the
// same three-byte form, so it survives and compares unequal to everything else.
void append_code_point(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// An iterative parser: the open containers are an explicit stack, so deep input costs
// heap, not call stack, up to kMaxJsonDepth.
class Parser {
 public:
  Parser(std::string_view text, model::Location at, const Value* source) : text_(text), at_(at), source_(source) {}

  Value run() {
    for (;;) {
      skip_space();
      Value done;
      const char c = peek();
      if (c == '{' || c == '[') {
        ++pos_;
        open(c == '{');
        skip_space();
        if (!consume(c == '{' ? '}' : ']')) {
          if (c == '{') read_key();
          continue;  // the container's first value follows
        }
        done = close();
      } else {
        done = scalar();
      }
      // Attach the finished value to its container, closing every container that
      // ends right after it, until one expects another value.
      for (;;) {
        if (open_.empty()) {
          skip_space();
          if (pos_ != text_.size()) fail("text follows the JSON value");
          return done;
        }
        attach(std::move(done));
        skip_space();
        const bool in_object = open_.back().value.is_object();
        if (consume(',')) {
          if (in_object) {
            skip_space();
            read_key();
          }
          break;
        }
        if (!consume(in_object ? '}' : ']')) fail("expected ',' or the end of the container");
        done = close();
      }
    }
  }

 private:
  struct Container {
    Value value;
    std::string key;                                    // objects: the key of the next value
    std::unordered_map<std::string, std::size_t> index;  // objects: key -> member position
  };

  [[noreturn]] void fail(const std::string& why) const {
    throw CannotValidate(source_, "the JSON text does not parse (" + why + " at offset " + std::to_string(pos_) +
                                      "), so the rule cannot read it");
  }

  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  bool consume(char c) {
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  void expect(char c, const char* what) {
    if (!consume(c)) fail(std::string("expected ") + what);
  }
  void skip_space() {
    while (pos_ < text_.size() && is_json_space(text_[pos_])) ++pos_;
  }

  void open(bool object) {
    if (open_.size() >= kMaxJsonDepth) fail("nesting deeper than " + std::to_string(kMaxJsonDepth));
    open_.push_back(Container{object ? Value::object({}, at_) : Value::array({}, at_), {}, {}});
  }
  Value close() {
    Value v = std::move(open_.back().value);
    open_.pop_back();
    return v;
  }
  void read_key() {
    if (peek() != '"') fail("expected a string key");
    open_.back().key = string_literal();
    skip_space();
    expect(':', "':' after a key");
  }
  void attach(Value v) {
    Container& top = open_.back();
    if (top.value.is_array()) {
      top.value.items().push_back(std::move(v));
      return;
    }
    // A repeated key overwrites the value where the key first appeared.
    auto [it, inserted] = top.index.try_emplace(top.key, top.value.members().size());
    if (inserted) top.value.members().push_back(model::Member{std::move(top.key), at_, std::move(v)});
    else top.value.members()[it->second].value = std::move(v);
  }

  Value scalar() {
    const char c = peek();
    if (c == '"') return Value::string(string_literal(), at_);
    if (c == '-' || is_digit(c)) return number();
    if (word("true")) return Value::boolean(true, at_);
    if (word("false")) return Value::boolean(false, at_);
    if (word("null")) return Value::null(at_);
    fail(pos_ < text_.size() ? "unexpected character" : "unexpected end of text");
  }

  bool word(std::string_view w) {
    if (text_.substr(pos_, w.size()) != w) return false;
    pos_ += w.size();
    return true;
  }

  Value number() {
    const std::size_t start = pos_;
    consume('-');
    if (consume('0')) {
      // no further digits: JSON has no leading zeros
    } else if (is_digit(peek())) {
      while (is_digit(peek())) ++pos_;
    } else {
      fail("a number needs digits");
    }
    if (consume('.')) {
      if (!is_digit(peek())) fail("a fraction needs digits");
      while (is_digit(peek())) ++pos_;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (!consume('+')) consume('-');
      if (!is_digit(peek())) fail("an exponent needs digits");
      while (is_digit(peek())) ++pos_;
    }
    return Value::number(std::string(text_.substr(start, pos_ - start)), at_);
  }

  std::uint32_t hex4() {
    if (text_.size() - pos_ < 4) fail("\\u needs four hex digits");
    std::uint32_t cp = 0;
    for (int i = 0; i < 4; ++i) {
      const int d = hex_digit(text_[pos_++]);
      if (d < 0) fail("\\u needs four hex digits");
      cp = cp * 16 + static_cast<std::uint32_t>(d);
    }
    return cp;
  }

  std::string string_literal() {
    ++pos_;  // the opening quote
    std::string out;
    for (;;) {
      if (pos_ >= text_.size()) fail("unterminated string");
      const char c = text_[pos_++];
      if (c == '"') return out;
      if (static_cast<unsigned char>(c) < 0x20) fail("control character in a string");
      if (c != '\\') {
        out += c;
        continue;
      }
      if (pos_ >= text_.size()) fail("unterminated escape");
      switch (text_[pos_++]) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          std::uint32_t cp = hex4();
          // A high surrogate escape followed by a low one is one code point.
          if (cp >= 0xD800 && cp <= 0xDBFF && text_.substr(pos_, 2) == "\\u") {
            const std::size_t mark = pos_;
            pos_ += 2;
            const std::uint32_t low = hex4();
            if (low >= 0xDC00 && low <= 0xDFFF) cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            else pos_ = mark;
          }
          append_code_point(out, cp);
          break;
        }
        default: fail("unknown escape");
      }
    }
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  model::Location at_;
  const Value* source_;
  std::vector<Container> open_;
};

}  // namespace

Value parse_json(std::string_view text, model::Location at, const Value* source) {
  return Parser(text, at, source).run();
}

Value parse_json(const Value& v) {
  if (v.is_string()) return parse_json(v.as_string(), v.location(), &v);
  return parse_json(to_string(&v), v.location(), &v);
}

}  // namespace infralint::rules::aws::js
