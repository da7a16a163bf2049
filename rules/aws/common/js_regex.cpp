#include "aws/common/js_regex.hpp"

#include <re2/re2.h>

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

bool test(const std::string& pattern, std::string_view text, const model::Value* at) {
  return Pattern(pattern, at).test(text);
}

}  // namespace infralint::rules::aws::js
