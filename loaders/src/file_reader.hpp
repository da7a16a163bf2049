// Reads a whole input file, safely: never blocks on a FIFO or a device that slipped
// in after discovery, refuses files over the size limit, and names the OS reason
// when a file cannot be read.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace infralint::loaders::detail {

struct FileContent {
  enum class Status : std::uint8_t { Ok, NotRegular, Error };
  Status status = Status::Ok;
  std::string text;
  std::string message;  // why it was not read (Error or NotRegular)
};

FileContent read_input_file(const std::filesystem::path& path, std::size_t max_bytes);

// "FIFO", "socket", "character device", ... for a skip reason.
std::string describe_file_type(std::filesystem::file_type type);

}  // namespace infralint::loaders::detail
