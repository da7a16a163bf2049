// The CDK tree.json reader (a streaming reader that keeps only construct paths and
// classes) on arbitrary bytes: classes or an error, never a crash or runaway memory.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "construct_tree.hpp"
#include "support/value_checks.hpp"

using namespace infralint;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  loaders::detail::ConstructTreeError error;
  const auto classes = loaders::detail::read_construct_classes(text, loaders::Limits{}, error);
  if (!classes) {
    fuzz::require(!error.message.empty(), "an unreadable tree without a reason");
    return 0;
  }
  // Whatever was read can be asked about without harm.
  (void)classes->fqn_of("");
  (void)classes->fqn_of("Stack/Bucket/Resource");
  return 0;
}
