#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace infralint::model {

// How much a finding matters; ordered so that a higher value is more severe.
enum class Level : std::uint8_t { Note = 0, Warning = 1, Error = 2 };

std::string_view to_string(Level level);  // "note", "warning", "error"
std::optional<Level> parse_level(std::string_view text);

}  // namespace infralint::model
