// A problem with an input file (not a finding about a resource): unreadable,
// malformed, over a limit. A scan reports it and goes on with the other files.
#pragma once

#include <cstdint>
#include <string>

namespace infralint::model {

struct Diagnostic {
  enum class Severity : std::uint8_t { Error, Warning, Note };
  Severity severity = Severity::Error;
  std::string file;  // display path
  std::uint32_t line = 0;    // 0 when the problem is with the whole file
  std::uint32_t column = 0;
  std::string message;
};

}  // namespace infralint::model
