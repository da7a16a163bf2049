#include "aws/common/js_regex.hpp"

#include <re2/re2.h>

#include <algorithm>

#include "aws/common/cannot_validate.hpp"

namespace infralint::rules::aws::js {

namespace {
// JavaScript's '.' without the s flag: anything but a line terminator.
constexpr std::string_view kJsDot = R"([^\n\r\x{2028}\x{2029}])";
}  // namespace

std::string not_followed_by(std::string_view excluded_class) {
  return "(?:$|[^" + std::string(excluded_class) + "])";
}

std::string not_followed_by_then_objects(std::string_view excluded_class) {
  // Either "/*" starts right here ('/' is outside every class cdk-nag uses), or one
  // character outside the class (which '.' must also match) and then `.*\/\*`.
  return "(?:\\/\\*|[^" + std::string(excluded_class) + R"(\n\r\x{2028}\x{2029}])" + std::string(kJsDot) +
         "*\\/\\*)";
}

Pattern::Pattern(const std::string& pattern, const model::Value* at) {
  RE2::Options options;
  options.set_log_errors(false);
  re_ = std::make_unique<RE2>(pattern, options);
  if (!re_->ok()) throw CannotValidate(at, "the name the rule matches by is not a valid pattern: " + re_->error());
}

Pattern::~Pattern() = default;

bool Pattern::test(std::string_view text) const { return RE2::PartialMatch(text, *re_); }

bool is_plain_name(std::string_view name) {
  return !name.empty() && name.find_first_of(R"(\^$.|?*+()[]{})") == std::string_view::npos;
}

namespace {

// The characters of a class body such as "\\w\\-_\\." as a set; nullopt for syntax
// beyond plain characters and the escapes \w, \-, \. and \_.
std::optional<std::bitset<128>> plain_class(std::string_view body) {
  std::bitset<128> set;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const auto c = static_cast<unsigned char>(body[i]);
    if (c >= 0x80 || c == '^' || c == ']' || c == '[' || c == '-') return std::nullopt;
    if (c != '\\') {
      set.set(c);
      continue;
    }
    if (++i == body.size()) return std::nullopt;
    const char escaped = body[i];
    if (escaped == 'w') {
      for (char ch = '0'; ch <= '9'; ++ch) set.set(static_cast<unsigned char>(ch));
      for (char ch = 'a'; ch <= 'z'; ++ch) set.set(static_cast<unsigned char>(ch));
      for (char ch = 'A'; ch <= 'Z'; ++ch) set.set(static_cast<unsigned char>(ch));
      set.set('_');
    } else if (escaped == '-' || escaped == '.' || escaped == '_') {
      set.set(static_cast<unsigned char>(escaped));
    } else {
      return std::nullopt;
    }
  }
  return set;
}

// JavaScript's line terminators, as '.' and the tail's classes exclude them, in UTF-8.
std::size_t line_terminator_length(std::string_view text, std::size_t at) {
  if (text[at] == '\n' || text[at] == '\r') return 1;
  if (text.substr(at, 3) == "\xE2\x80\xA8" || text.substr(at, 3) == "\xE2\x80\xA9") return 3;
  return 0;
}

// Bytes of the UTF-8 code point starting at `at` (1 for a stray byte).
std::size_t code_point_length(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  return std::min(length, text.size() - at);
}

}  // namespace

NamePattern::NamePattern(std::vector<std::string> names, std::string_view excluded_class, Tail tail,
                         const model::Value* at, bool parenthesized)
    : names_(std::move(names)), tail_(tail) {
  const std::optional<std::bitset<128>> set = plain_class(excluded_class);
  if (set && std::all_of(names_.begin(), names_.end(), is_plain_name)) {
    excluded_ = *set;
    return;
  }
  const std::string tail_pattern =
      tail == Tail::NotFollowedBy ? not_followed_by(excluded_class) : not_followed_by_then_objects(excluded_class);
  std::string pattern;
  for (const std::string& name : names_) {
    if (names_.size() == 1 && !parenthesized) {
      pattern = name + tail_pattern;
      break;
    }
    pattern += (pattern.empty() ? "(" : "|(") + name + tail_pattern + ")";
  }
  regex_.emplace(pattern, at);
}

bool NamePattern::tail_matches(std::string_view text, std::size_t end) const {
  const auto outside_class = [&](std::size_t at) {
    const auto c = static_cast<unsigned char>(text[at]);
    return c >= 0x80 || !excluded_.test(c);
  };
  if (tail_ == Tail::NotFollowedBy) return end == text.size() || outside_class(end);
  // "/*" right away; or one character outside the class that ends no line, then any
  // characters up to a "/*" on the same line.
  if (text.substr(end).starts_with("/*")) return true;
  if (end == text.size() || !outside_class(end) || line_terminator_length(text, end) > 0) return false;
  for (std::size_t at = end + code_point_length(text, end); at + 1 < text.size(); ++at) {
    if (line_terminator_length(text, at) > 0) return false;
    if (text[at] == '/' && text[at + 1] == '*') return true;
  }
  return false;
}

bool NamePattern::test(std::string_view text) const {
  if (regex_) return regex_->test(text);
  for (const std::string& name : names_)
    for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1))
      if (tail_matches(text, at + name.size())) return true;
  return false;
}

bool test(const std::string& pattern, std::string_view text, const model::Value* at) {
  return Pattern(pattern, at).test(text);
}

}  // namespace infralint::rules::aws::js
