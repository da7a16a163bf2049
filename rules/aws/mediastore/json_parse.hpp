// JSON.parse over a template value, for the rules that read a policy written as a
// JSON string (MediaStoreContainerSSLRequestsOnly: `JSON.parse(policy)`).
//
// Nothing here is MediaStore-specific; it lives beside its one user until a second
// rule needs it (cdk-nag's OpenSearch and API Gateway logging rules parse JSON too).
#pragma once

#include <cstddef>
#include <string_view>

#include "infralint/model/value.hpp"

namespace infralint::rules::aws::js {

// Deeper nesting is refused (CannotValidate) rather than followed: JavaScript has no
// such limit, but no policy nests anywhere near this, and the tree must stay
// shallow enough to destroy without exhausting the stack.
inline constexpr std::size_t kMaxJsonDepth = 512;

// JSON.parse(text) as ECMAScript defines it: strict JSON, whitespace limited to space,
// tab, CR and LF, a repeated key keeps its first position and its last value, lone
// surrogate escapes kept (written as WTF-8). Every value gets location `at`. Throws
// CannotValidate (pointing at `source`) where JSON.parse throws a SyntaxError.
model::Value parse_json(std::string_view text, model::Location at, const model::Value* source);

// JSON.parse(v): a non-string argument is first converted with String(v), so an
// intrinsic object becomes "[object Object]" and fails to parse.
model::Value parse_json(const model::Value& v);

}  // namespace infralint::rules::aws::js
