// Escaping for the line-oriented and XML outputs. Template text is hostile input:
// a resource id or message may carry ANSI escapes, newlines, or text that a CI log
// would read as a command ("::error file=x::..."). These helpers make every such
// character visible instead of letting it act.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace infralint::reporters::detail {

// `text` with nothing a terminal or a CI log acts on: C0 controls and DEL become
// \n, \r, \t or \xNN; C1 controls, U+2028/U+2029 (line breaks to some viewers) and
// bidirectional-override characters (which reorder what a reviewer sees) become
// \uNNNN; bytes that are not UTF-8 become \xNN. Backslashes are kept as they are:
// the goal is that nothing acts, not that the escape is reversible.
std::string visible(std::string_view text);
void append_visible(std::string& out, std::string_view text);

// A path for the start of an output line: visible(), and prefixed with "./" unless
// it starts with an ASCII letter, digit, '.', '/', '_' or '-', so that no file name
// can make the line begin with "::" (a GitHub workflow command), a space, or any
// other character a log reader might trim or interpret. "" becomes "<unknown>".
std::string line_start_path(std::string_view path);

// line_start_path(file) + ":line:col", or the path alone when the line is unknown
// (0): a made-up 0:0 would send an editor to a line that does not exist.
std::string line_start_position(std::string_view file, std::uint32_t line, std::uint32_t column);

// XML 1.0 character data and attribute values. Markup characters become entities;
// bytes that are not UTF-8 and characters XML 1.0 cannot carry (controls other
// than tab/LF/CR, U+FFFE, U+FFFF) become U+FFFD. In attributes, tab/LF/CR become
// character references so attribute-value normalisation does not turn them into
// spaces; in text, CR does, so line-end normalisation keeps it.
std::string xml_text(std::string_view text);
std::string xml_attribute(std::string_view text);

}  // namespace infralint::reporters::detail
