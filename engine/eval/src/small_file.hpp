// Reads a settings file a scan depends on (the config file, a baseline). In CI the
// repository under review supplies them, so they are hostile too: a FIFO would block
// the scan forever and a link to /dev/zero would never end. Only regular files up
// to a size limit are read.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace infralint::engine::detail {

inline constexpr std::size_t kMaxSettingsFileBytes = 64u << 20;

// The whole file, or nullopt with `error` set ("not a regular file (character
// device)", "larger than ...", "cannot be read").
std::optional<std::string> read_small_file(const std::string& path, std::string& error,
                                           std::size_t max_bytes = kMaxSettingsFileBytes);

}  // namespace infralint::engine::detail
