// File ids are final only once every file has been parsed (they follow path order
// among the files that loaded); a stack parsed under a provisional id is moved to its
// final one here.
#pragma once

#include <cstdint>

#include "infralint/model/stack.hpp"

namespace infralint::loaders::detail {

void relocate(model::Stack& stack, std::uint32_t file_id);

}  // namespace infralint::loaders::detail
