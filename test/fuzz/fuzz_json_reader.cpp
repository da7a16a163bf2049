// The JSON reader on arbitrary bytes: it must return a tree or an error, never crash,
// hang or leak; a tree must hold only valid UTF-8 with positions inside the text, and
// writing it back as JSON and reading that again must give the same tree.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "infralint/loaders/readers.hpp"
#include "support/value_checks.hpp"

using namespace infralint;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const loaders::Limits limits;
  loaders::ParseResult result = loaders::read_json(text, 0, limits);
  if (result.error) {
    fuzz::require(result.documents.empty(), "documents handed out together with an error");
    fuzz::require(result.error->line <= fuzz::line_count(text), "error line beyond the text");
    fuzz::require(!result.error->message.empty(), "error without a message");
    return 0;
  }
  fuzz::require(result.documents.size() == 1, "JSON gives exactly one document");
  const model::Value& doc = result.documents.front();
  fuzz::check_tree(doc, fuzz::line_count(text), limits.max_depth);

  loaders::ParseResult again = loaders::read_json(fuzz::to_json(doc), 0, limits);
  fuzz::require(!again.error, "the reader's own tree, written back, does not read");
  fuzz::require(again.documents.front() == doc, "the tree written back reads as a different tree");
  return 0;
}
