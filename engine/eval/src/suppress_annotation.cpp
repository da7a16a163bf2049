#include "suppress_annotation.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace infralint::engine {

namespace {

std::string_view trimmed(std::string_view s) {
  const std::size_t first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

SuppressionEntry read_one(std::string_view text, const model::Value& node) {
  SuppressionEntry e;
  e.node = &node;
  const std::size_t colon = text.find(':');
  e.id = trimmed(text.substr(0, colon));
  if (colon == std::string_view::npos) {
    e.problems.emplace_back("the entry has no reason: write 'RULE-ID: reason'");
    return e;
  }
  e.reason = trimmed(text.substr(colon + 1));
  if (e.id.empty()) e.problems.emplace_back("the entry names no rule id before its ':'");
  if (e.reason.empty()) e.problems.emplace_back("the reason is blank");
  return e;
}

// Where the annotations of an object and of its pod template sit.
constexpr std::array<std::string_view, 4> kAnnotationHolders = {
    "/metadata/annotations",
    "/spec/template/metadata/annotations",
    "/spec/jobTemplate/spec/template/metadata/annotations",
    "/template/metadata/annotations",
};

}  // namespace

std::vector<SuppressionEntry> read_annotation(const model::Value& value) {
  std::vector<SuppressionEntry> out;
  if (!value.is_string()) {
    SuppressionEntry bad;
    bad.node = &value;
    bad.problems.emplace_back("the annotation must be a string of 'RULE-ID: reason' entries separated by ';'");
    out.push_back(std::move(bad));
    return out;
  }
  const std::string_view text = value.as_string();
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(';', start), text.size());
    // Blank pieces (a trailing ';', or ';;') are no entries.
    if (const std::string_view piece = trimmed(text.substr(start, end - start)); !piece.empty())
      out.push_back(read_one(piece, value));
    start = end + 1;
  }
  if (out.empty()) {
    SuppressionEntry empty;
    empty.node = &value;
    empty.problems.emplace_back("the annotation lists no suppressions");
    out.push_back(std::move(empty));
  }
  return out;
}

std::vector<SuppressionEntry> read_annotation_entries(const model::Resource& object) {
  std::vector<SuppressionEntry> out;
  for (std::string_view holder : kAnnotationHolders) {
    const model::Value* annotations = object.at(holder);
    const model::Value* value = annotations ? annotations->find(kSuppressAnnotation) : nullptr;
    if (!value) continue;
    std::vector<SuppressionEntry> entries = read_annotation(*value);
    out.insert(out.end(), std::make_move_iterator(entries.begin()), std::make_move_iterator(entries.end()));
  }
  return out;
}

}  // namespace infralint::engine
