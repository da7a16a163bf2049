// Checks both readers make before parsing: refuse binary input with a message that
// says so (rather than a baffling syntax error), accept UTF-16 with a byte order mark
// (what Windows PowerShell writes by default) by converting it, and drop a UTF-8 BOM.
#pragma once

#include <string>
#include <string_view>

namespace infralint::loaders::detail {

// The text to parse: `text` without a leading UTF-8 byte order mark, or, for UTF-16
// with a byte order mark, its UTF-8 conversion stored in `converted`. Throws
// ReadError for UTF-32 and for a NUL byte anywhere (a binary file).
std::string_view checked_text(std::string_view text, std::string& converted);

}  // namespace infralint::loaders::detail
