// Helpers shared by the loader tests: a compact rendering of value trees, and
// scratch folders that clean up after themselves.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "infralint/model/value.hpp"

namespace infralint::loaders::testing {

// JSON-like text of a value without positions: strings quoted, numbers bare with
// their source text, members in document order. Short enough to write in a table.
std::string dump(const model::Value& value);

// "line:column" of a location.
std::string position(model::Location at);

// A fresh folder under the system temp folder, removed (with its contents) on
// destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Writes `content` to path()/relative, creating folders on the way.
  std::filesystem::path write(std::string_view relative, std::string_view content) const;

 private:
  std::filesystem::path path_;
};

// Copies a fixture folder (under test/loaders/fixtures/) into `dir`.
void copy_fixture(std::string_view name, const std::filesystem::path& dir);

// Runs the current test inside `dir` as the working directory, restoring it after.
class ChangeDir {
 public:
  explicit ChangeDir(const std::filesystem::path& dir);
  ~ChangeDir();
  ChangeDir(const ChangeDir&) = delete;
  ChangeDir& operator=(const ChangeDir&) = delete;

 private:
  std::filesystem::path previous_;
};

}  // namespace infralint::loaders::testing
