// A private temporary folder for fuzz targets that must hand the loaders real files.
// Made once per process under $TMPDIR (or /tmp) and removed at exit.
#pragma once

#include <filesystem>
#include <string_view>

namespace infralint::fuzz {

const std::filesystem::path& scratch_dir();

// Replaces the file `name` in `folder` with `bytes`; aborts when it cannot.
void write_file(const std::filesystem::path& path, std::string_view bytes);

}  // namespace infralint::fuzz
