// Builds a model::Value tree from a stream of "open / key / value / close" steps,
// without recursion, enforcing Limits on the way. Both readers drive it.
//
// Pending children live in two scratch stacks shared by all open containers; a
// closing container moves its children out in one exactly-sized vector. That keeps
// allocations to one per container (plus long strings), which is most of the JSON
// reader's speed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "infralint/loaders/limits.hpp"
#include "infralint/model/value.hpp"
#include "read_error.hpp"

namespace infralint::loaders::detail {

class TreeBuilder {
 public:
  explicit TreeBuilder(const Limits& limits) : limits_(limits) {}

  void begin_array(model::Location at) { open(false, at); }
  void begin_object(model::Location at) { open(true, at); }

  // The next member's key. Precondition: expecting_key(). `merge` marks a YAML merge
  // key (`<<`), expanded when its object closes.
  void key(std::string text, model::Location at, bool merge = false) {
    check_string(text.size(), at);
    Frame& frame = frames_.back();
    frame.expecting_key = false;
    frame.has_merge_key |= merge;
    members_.push_back(model::Member{std::move(text), at, model::Value()});
  }

  // A finished value: a scalar, or a copy made for a YAML alias (`nodes`, `height`:
  // its size and nesting, already checked by the caller against the limits).
  void value(model::Value v, std::size_t nodes = 1, std::size_t height = 0) {
    count_nodes(nodes, v.location());
    place(std::move(v), height);
  }

  // Closes the innermost open container.
  void end();

  bool expecting_key() const { return !frames_.empty() && frames_.back().is_object && frames_.back().expecting_key; }
  bool in_object() const { return !frames_.empty() && frames_.back().is_object; }
  std::size_t depth() const { return frames_.size(); }
  std::size_t nodes() const { return nodes_; }
  bool has_root() const { return root_.has_value(); }

  // The value completed last (in its parent's slot) and its height; valid until the
  // next call. YAML anchors copy it from here.
  const model::Value& last() const { return *last_; }
  std::size_t last_height() const { return last_height_; }

  // Hands over the finished document and gets ready for the next one.
  model::Value take_root();

  void check_string(std::size_t bytes, model::Location at) const {
    if (bytes > limits_.max_string_bytes) fail_string(at);
  }
  void count_nodes(std::size_t n, model::Location at) {
    nodes_ += n;
    if (nodes_ > limits_.max_nodes) fail_nodes(at);
  }

 private:
  struct Frame {
    bool is_object = false;
    bool expecting_key = true;
    bool has_merge_key = false;
    std::size_t start = 0;   // first pending child in items_ / members_
    std::size_t height = 0;  // largest child height so far
    model::Location at;
  };

  void open(bool is_object, model::Location at) {
    if (frames_.size() >= limits_.max_depth) fail_depth(at);
    count_nodes(1, at);
    frames_.push_back(Frame{is_object, true, false, is_object ? members_.size() : items_.size(), 0, at});
  }

  void place(model::Value v, std::size_t height) {
    last_height_ = height;
    if (frames_.empty()) {
      root_ = std::move(v);
      last_ = &*root_;
      return;
    }
    Frame& frame = frames_.back();
    if (height + 1 > frame.height) frame.height = height + 1;
    if (frame.is_object) {
      model::Member& member = members_.back();
      member.value = std::move(v);
      last_ = &member.value;
      frame.expecting_key = true;
    } else {
      items_.push_back(std::move(v));
      last_ = &items_.back();
    }
  }

  model::Value::Object close_object(const Frame& frame);
  [[noreturn]] void fail_depth(model::Location at) const;
  [[noreturn]] void fail_nodes(model::Location at) const;
  [[noreturn]] void fail_string(model::Location at) const;

  const Limits& limits_;
  std::vector<Frame> frames_;
  std::vector<model::Value> items_;
  std::vector<model::Member> members_;
  std::vector<std::uint32_t> sort_scratch_;  // duplicate-key check of large objects
  std::optional<model::Value> root_;
  const model::Value* last_ = nullptr;
  std::size_t last_height_ = 0;
  std::size_t nodes_ = 0;
};

}  // namespace infralint::loaders::detail
