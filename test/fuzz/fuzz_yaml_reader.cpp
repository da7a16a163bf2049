// The YAML reader (yaml-cpp's parser plus our tree building, CloudFormation short-form
// tags, anchors, aliases and merge keys) on arbitrary bytes: a tree or an error,
// never a crash, hang, leak or alias bomb; every tree valid UTF-8 with positions
// inside the text and nesting within the limit.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "infralint/loaders/readers.hpp"
#include "support/value_checks.hpp"

using namespace infralint;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const loaders::Limits limits;
  loaders::ParseResult result = loaders::read_yaml(text, 0, limits);
  if (result.error) {
    fuzz::require(result.documents.empty(), "documents handed out together with an error");
    fuzz::require(!result.error->message.empty(), "error without a message");
    return 0;
  }
  const std::uint32_t lines = fuzz::line_count(text);
  for (const model::Value& doc : result.documents) fuzz::check_tree(doc, lines, limits.max_depth);
  return 0;
}
