// cdk-nag's CloudFront origin rules treat an origin access identity or control id as
// missing when `id.replace(/\s/g, '').length == 0`; this is that test.
#pragma once

#include <string_view>

#include "infralint/model/value.hpp"

namespace infralint::rules::aws::cloudfront {

// True when `v` is a string made only of JavaScript whitespace (\s: ASCII spaces and
// line breaks, no-break space, the Unicode space separators, line and paragraph
// separators, the byte order mark), or empty. Throws CannotValidate when `v` is not a
// string, where `.replace` would raise a TypeError. `what` names the value.
bool only_whitespace(const model::Value* v, std::string_view what);

}  // namespace infralint::rules::aws::cloudfront
