// cdk-nag matches resources to each other with regular expressions it builds by
// pasting a logical id or a name into a pattern that ends in a negative lookahead,
// e.g. new RegExp(`${id}(?![\w])`).test(flattenedReference). RE2 has no lookaheads,
// so these helpers write RE2 patterns that give RegExp.test's yes/no answer.
//
// The pasted text stays a pattern, as in cdk-nag ("my.bucket" lets '.' match any
// character; an object pastes as "[object Object]", a character class). JavaScript
// and RE2 agree on the syntax such text uses in practice; a pasted text that RE2
// rejects is reported as could-not-validate, like an invalid JavaScript RegExp.
#pragma once

#include <bitset>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "infralint/model/value.hpp"

namespace re2 {
class RE2;
}

namespace infralint::rules::aws::js {

// Stands for `(?![<excluded>])` at the very end of an alternative: at the end of the
// text, or before a character outside the class. Consuming that one character cannot
// change the answer of a test() because nothing follows it in the alternative.
std::string not_followed_by(std::string_view excluded_class);

// Stands for `(?![<excluded>]).*\/\*`: the lookahead followed by "anything, then /*".
std::string not_followed_by_then_objects(std::string_view excluded_class);

// new RegExp(pattern), compiled once: throws CannotValidate (blaming `at`) when the
// pattern does not compile, where JavaScript's constructor throws.
class Pattern {
 public:
  Pattern(const std::string& pattern, const model::Value* at);
  ~Pattern();
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;
  // RegExp.prototype.test.
  bool test(std::string_view text) const;

 private:
  std::unique_ptr<re2::RE2> re_;
};

// Text without pattern syntax: pasted into a pattern, it matches only itself.
bool is_plain_name(std::string_view name);

// The patterns cdk-nag builds around pasted names: new RegExp(name + tail).test(text)
// for one name, and `(name1 tail)|(name2 tail)` for several (or for one, when
// `parenthesized`: a '|' in a pasted name then parses differently), where the tail is
// not_followed_by(excluded_class) or not_followed_by_then_objects(excluded_class).
// When every name is plain (as logical ids always are) the test runs by hand with the
// same answers, which spares compiling a regular expression for every resource
// judged; otherwise the very pattern cdk-nag would build goes through RE2.
class NamePattern {
 public:
  enum class Tail : std::uint8_t { NotFollowedBy, NotFollowedByThenObjects };
  NamePattern(std::vector<std::string> names, std::string_view excluded_class, Tail tail, const model::Value* at,
              bool parenthesized = false);
  bool test(std::string_view text) const;

 private:
  // Does the text from `end` (just after an occurrence of a name) satisfy the tail?
  bool tail_matches(std::string_view text, std::size_t end) const;

  std::vector<std::string> names_;
  std::bitset<128> excluded_;  // the class as ASCII characters (\w is ASCII-only in both)
  Tail tail_;
  std::optional<Pattern> regex_;  // set when a name or the class is not plain
};

// new RegExp(pattern).test(text), compiled at the call as cdk-nag does.
bool test(const std::string& pattern, std::string_view text, const model::Value* at);

}  // namespace infralint::rules::aws::js
