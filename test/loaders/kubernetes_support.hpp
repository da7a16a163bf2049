// Helpers shared by the Kubernetes loader tests: load one manifest text through the
// real pipeline (discovery, reader, dispatch, stack building) and describe the result
// in short strings a test can compare.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "infralint/loaders/load.hpp"
#include "test_support.hpp"

namespace infralint::loaders::testing {

// Writes `text` to `name` in a fresh folder and loads that file.
class LoadedManifest {
 public:
  LoadedManifest(std::string_view name, std::string_view text);

  const LoadResult& result() const { return result_; }
  // The only Kubernetes stack (fails the test when there is not exactly one).
  const model::Stack& stack() const;
  // "<type> <id> @<line>:<col> kind@<line>:<col>" per resource, in stack order.
  std::vector<std::string> resources() const;
  // "<severity> <line>:<col> <message>" per diagnostic.
  std::vector<std::string> diagnostics() const;
  // The skip reason of the file, "" when it was not skipped.
  std::string skip_reason() const;
  // The JSON pointer of a resource's node within its stack's document.
  std::string pointer_of(const model::Resource& resource) const;
  const model::Resource& resource(std::string_view id) const;

 private:
  TempDir dir_;
  LoadResult result_;
};

// The references of a resource as "<target id> -> <resolved id or '-'>".
std::vector<std::string> references_of(const model::Resource& resource);

}  // namespace infralint::loaders::testing
