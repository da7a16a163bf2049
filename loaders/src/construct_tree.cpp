#include "construct_tree.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

#include "file_reader.hpp"

namespace infralint::loaders::detail {

namespace {

using nlohmann::json;

// Where a container sits in the tree.json layout. Only nodes carry a path and a
// class; a "path" or "fqn" key anywhere else (inside a resource's recorded
// properties, say) is data, not structure.
enum class Role : std::uint8_t { Document, Node, Children, ConstructInfo, Other };
enum class Key : std::uint8_t { Other, Tree, Children, ConstructInfo, Path, Fqn };

Key classify(std::string_view key) {
  if (key == "tree") return Key::Tree;
  if (key == "children") return Key::Children;
  if (key == "constructInfo") return Key::ConstructInfo;
  if (key == "path") return Key::Path;
  if (key == "fqn") return Key::Fqn;
  return Key::Other;
}

// nlohmann's SAX interface: the file streams through once and only the nodes still
// open are held, so a multi-megabyte tree costs its path -> class map and no more.
class TreeHandler {
 public:
  explicit TreeHandler(const Limits& limits) : limits_(limits) {}

  bool null() { return true; }
  bool boolean(bool) { return true; }
  bool number_integer(json::number_integer_t) { return true; }
  bool number_unsigned(json::number_unsigned_t) { return true; }
  bool number_float(json::number_float_t, const json::string_t&) { return true; }
  bool binary(json::binary_t&) { return true; }

  bool string(json::string_t& value) {
    if (frames_.empty()) return true;
    Frame& top = frames_.back();
    if (top.role == Role::Node && top.key == Key::Path) {
      top.path = std::move(value);
    } else if (top.role == Role::ConstructInfo && top.key == Key::Fqn) {
      frames_[frames_.size() - 2].fqn = std::move(value);  // a ConstructInfo's parent is its node
    }
    return true;
  }

  bool key(json::string_t& name) {
    frames_.back().key = classify(name);
    return true;
  }

  bool start_object(std::size_t) { return open(child_role(true)); }
  bool start_array(std::size_t) { return open(child_role(false)); }

  bool end_object() {
    Frame& top = frames_.back();
    if (top.role == Role::Node && !top.path.empty() && !top.fqn.empty()) classes_.add(std::move(top.path), top.fqn);
    frames_.pop_back();
    return true;
  }

  bool end_array() {
    frames_.pop_back();
    return true;
  }

  bool parse_error(std::size_t byte, const std::string&, const json::exception& problem) {
    error_byte_ = byte;
    error_ = problem.what();
    return false;
  }

  ConstructClasses& classes() { return classes_; }
  const std::string& error() const { return error_; }
  std::size_t error_byte() const { return error_byte_; }

 private:
  struct Frame {
    Role role = Role::Other;
    Key key = Key::Other;  // the key whose value comes next (objects only)
    std::string path;      // nodes only
    std::string fqn;
  };

  Role child_role(bool is_object) const {
    if (frames_.empty()) return is_object ? Role::Document : Role::Other;
    if (!is_object) return Role::Other;
    const Frame& parent = frames_.back();
    switch (parent.role) {
      case Role::Document: return parent.key == Key::Tree ? Role::Node : Role::Other;
      case Role::Children: return Role::Node;
      case Role::Node:
        if (parent.key == Key::Children) return Role::Children;
        if (parent.key == Key::ConstructInfo) return Role::ConstructInfo;
        return Role::Other;
      case Role::ConstructInfo:
      case Role::Other: return Role::Other;
    }
    return Role::Other;
  }

  bool open(Role role) {
    if (frames_.size() >= limits_.max_depth) {
      error_ = "nesting deeper than " + std::to_string(limits_.max_depth) + " levels";
      return false;
    }
    frames_.push_back(Frame{role, Key::Other, {}, {}});
    return true;
  }

  const Limits& limits_;
  std::vector<Frame> frames_;
  ConstructClasses classes_;
  std::string error_;
  std::size_t error_byte_ = 0;
};

// 1-based line and column of byte `offset` of `text` (nlohmann counts from 1: the
// byte it reports is one past the offending one).
void position_of(std::string_view text, std::size_t byte, ConstructTreeError& error) {
  const std::size_t offset = byte > 0 ? std::min(byte - 1, text.size()) : 0;
  error.line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++error.line;
      line_start = i + 1;
    }
  }
  error.column = static_cast<std::uint32_t>(offset - line_start + 1);
}

// nlohmann's message without its "[json.exception...] parse error at line L, column C: "
// preamble: the position is reported separately.
std::string reason_of(const std::string& what) {
  const std::size_t column = what.find("column ");
  const std::size_t colon = column == std::string::npos ? std::string::npos : what.find(": ", column);
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

}  // namespace

void ConstructClasses::add(std::string path, std::string_view fqn) {
  auto name = names_.find(fqn);
  if (name == names_.end()) name = names_.emplace(fqn).first;
  by_path_.insert_or_assign(std::move(path), std::string_view(*name));
}

std::string_view ConstructClasses::fqn_of(std::string_view path) const {
  auto it = by_path_.find(path);
  return it == by_path_.end() ? std::string_view() : it->second;
}

std::optional<ConstructClasses> read_construct_classes(std::string_view text, const Limits& limits,
                                                       ConstructTreeError& error) {
  TreeHandler handler(limits);
  bool ok = false;
  try {
    ok = json::sax_parse(text, &handler);
  } catch (const json::exception& problem) {  // defensive: the handler reports parse errors itself
    error.message = reason_of(problem.what());
    return std::nullopt;
  }
  if (!ok) {
    if (handler.error_byte() > 0) position_of(text, handler.error_byte(), error);
    error.message = reason_of(handler.error());
    return std::nullopt;
  }
  return std::move(handler.classes());
}

void ConstructTreeFile::read(const Limits& limits) {
  auto warn = [&](std::uint32_t line, std::uint32_t column, const std::string& why) {
    problem = model::Diagnostic{model::Diagnostic::Severity::Warning, display, line, column,
                                "construct tree not read (" + why +
                                    "); the CDK classes of this assembly's resources are unknown"};
  };
  FileContent content = read_input_file(path, limits.max_file_bytes);
  if (content.status != FileContent::Status::Ok) {
    warn(0, 0, content.message);
    return;
  }
  ConstructTreeError error;
  std::optional<ConstructClasses> read = read_construct_classes(content.text, limits, error);
  if (!read) {
    warn(error.line, error.column, error.message);
    return;
  }
  classes = std::move(*read);
}

void name_construct_classes(model::Stack& stack, const ConstructClasses& classes) {
  for (model::Resource& resource : stack.resources)
    if (!resource.construct_path.empty()) resource.construct_fqn = std::string(classes.fqn_of(resource.construct_path));
}

}  // namespace infralint::loaders::detail
