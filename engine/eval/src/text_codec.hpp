// The two bits of JavaScript string behaviour cdk-nag's suppressions depend on.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace infralint::engine {

// Decodes base64 the way Node's Buffer.from(s, "base64") does: standard and URL-safe
// alphabets, padding optional, characters outside the alphabet skipped.
std::string decode_base64(std::string_view text);

// The length JavaScript reports for a UTF-8 string (UTF-16 code units), which is what
// cdk-nag's 10-character minimum counts. Malformed bytes count one each.
std::size_t javascript_length(std::string_view utf8);

}  // namespace infralint::engine
