// One scan from options to exit status: load, select, evaluate, suppress, report.
#pragma once

#include "options.hpp"

namespace infralint::cli {

// Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage
// or config error, no input, or an input that could not be read or parsed.
int run(const Options& options);

}  // namespace infralint::cli
