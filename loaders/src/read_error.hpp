// The one way a reader gives up: thrown from deep inside a parse, caught at the
// reader's entry point and turned into a ParseError. Parsing errors are rare, so an
// exception keeps the hot path free of error plumbing.
#pragma once

#include <cstdint>
#include <string>

namespace infralint::loaders::detail {

struct ReadError {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string message;
};

}  // namespace infralint::loaders::detail
