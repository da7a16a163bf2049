// Shell-style globs for config entries: `*` is any run of characters (slashes
// included), `?` is one character; everything else matches itself.
#pragma once

#include <string_view>

namespace infralint::engine {

bool glob_match(std::string_view pattern, std::string_view text);

}  // namespace infralint::engine
