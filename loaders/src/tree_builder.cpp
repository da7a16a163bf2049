#include "tree_builder.hpp"

#include <algorithm>
#include <iterator>
#include <set>
#include <string_view>

namespace infralint::loaders::detail {

using model::Member;
using model::Value;

namespace {

ReadError error_at(model::Location at, std::string message) {
  return ReadError{at.line, at.column, std::move(message)};
}

// Later duplicates of a key overwrite the earlier value but keep its place in the
// order, as JSON.parse does. The winning key's location is the last one written,
// because that is the value a reader of the file will find in effect.
//
// Duplicates are rare, so the check must cost next to nothing when there are none:
// small objects compare pairs in place; large ones sort indices in `scratch`.
void drop_duplicate_keys(Value::Object& members, std::vector<std::uint32_t>& scratch) {
  const std::size_t n = members.size();
  std::vector<std::pair<std::size_t, std::size_t>> duplicates;  // (kept, later)
  if (n <= 8) {
    for (std::size_t i = 1; i < n; ++i)
      for (std::size_t j = 0; j < i; ++j)
        if (members[j].key == members[i].key) {
          duplicates.emplace_back(j, i);
          break;
        }
  } else {
    scratch.resize(n);
    for (std::size_t i = 0; i < n; ++i) scratch[i] = static_cast<std::uint32_t>(i);
    std::stable_sort(scratch.begin(), scratch.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return members[a].key < members[b].key; });
    // Within a run of equal keys the indices ascend (stable sort): the first keeps
    // the place and the values arrive in document order.
    for (std::size_t i = 0; i < n;) {
      std::size_t j = i + 1;
      for (; j < n && members[scratch[j]].key == members[scratch[i]].key; ++j) duplicates.emplace_back(scratch[i], scratch[j]);
      i = j;
    }
  }
  if (duplicates.empty()) return;
  // Each pair names the first occurrence as the keeper, and a key's later
  // occurrences come in document order, so the last value is the one left.
  std::vector<bool> dropped(n, false);
  for (const auto& [kept, later] : duplicates) {
    members[kept].value = std::move(members[later].value);
    members[kept].key_location = members[later].key_location;
    dropped[later] = true;
  }
  std::size_t out = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (!dropped[i]) {
      if (out != i) members[out] = std::move(members[i]);
      ++out;
    }
  members.resize(out);
}

// YAML merge keys (`<<: *base` or `<<: [*a, *b]`): the merged mappings supply the
// keys the object does not write itself; earlier mappings win over later ones.
Value::Object expand_merge_keys(Value::Object members) {
  std::set<std::string, std::less<>> present;
  for (const Member& m : members)
    if (m.key != "<<") present.insert(m.key);
  Value::Object out;
  out.reserve(members.size());
  auto merge_from = [&](Value& source, const Member& merge_key) {
    if (!source.is_object())
      throw error_at(merge_key.key_location, "the value of a merge key '<<' must be a mapping or a list of mappings");
    for (Member& m : source.members())
      if (present.insert(m.key).second) out.push_back(std::move(m));
  };
  for (Member& m : members) {
    if (m.key != "<<") {
      out.push_back(std::move(m));
    } else if (m.value.is_array()) {
      for (Value& item : m.value.items()) merge_from(item, m);
    } else {
      merge_from(m.value, m);
    }
  }
  return out;
}

}  // namespace

void TreeBuilder::end() {
  const Frame frame = frames_.back();
  frames_.pop_back();
  if (frame.is_object) {
    Value::Object members(std::make_move_iterator(members_.begin() + static_cast<std::ptrdiff_t>(frame.start)),
                          std::make_move_iterator(members_.end()));
    members_.resize(frame.start);
    if (frame.has_merge_key) members = expand_merge_keys(std::move(members));
    if (members.size() > 1) drop_duplicate_keys(members, sort_scratch_);
    place(Value::object(std::move(members), frame.at), frame.height);
  } else {
    Value::Array items(std::make_move_iterator(items_.begin() + static_cast<std::ptrdiff_t>(frame.start)),
                       std::make_move_iterator(items_.end()));
    items_.erase(items_.begin() + static_cast<std::ptrdiff_t>(frame.start), items_.end());
    place(Value::array(std::move(items), frame.at), frame.height);
  }
}

Value TreeBuilder::take_root() {
  Value out = root_ ? std::move(*root_) : Value();
  root_.reset();
  last_ = nullptr;
  nodes_ = 0;
  frames_.clear();
  items_.clear();
  members_.clear();
  return out;
}

void TreeBuilder::fail_depth(model::Location at) const {
  throw error_at(at, "nesting is deeper than " + std::to_string(limits_.max_depth) + " levels");
}

void TreeBuilder::fail_nodes(model::Location at) const {
  throw error_at(at, "document has more than " + std::to_string(limits_.max_nodes) + " values");
}

void TreeBuilder::fail_string(model::Location at) const {
  throw error_at(at, "string is longer than " + std::to_string(limits_.max_string_bytes) + " bytes");
}

}  // namespace infralint::loaders::detail
