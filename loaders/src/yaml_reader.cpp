// YAML into model::Value through yaml-cpp's event API (YAML::Parser driving a
// YAML::EventHandler): the events carry a mark for every node, which yaml-cpp's
// Node API throws away, and they let us type scalars and expand CloudFormation's
// short-form tags as the tree is built.
#include <istream>
#include <new>
#include <optional>
#include <streambuf>
#include <string>
#include <vector>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "cfn_tags.hpp"
#include "infralint/loaders/readers.hpp"
#include "kubernetes/helm_template.hpp"
#include "line_index.hpp"
#include "read_error.hpp"
#include "text_checks.hpp"
#include "tree_builder.hpp"
#include "utf8.hpp"
#include "yaml_scalars.hpp"

namespace infralint::loaders {

namespace {

using detail::ReadError;
using model::Location;
using model::Value;

// Lets yaml-cpp read the caller's text in place instead of a copy in a stringstream.
class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // read-only: no put area is set
    setg(begin, begin, begin + text.size());
  }
};

std::string sanitized(const std::string& text) {
  if (detail::is_valid_utf8(text)) return text;
  std::string out;
  out.reserve(text.size() + 8);
  detail::append_sanitized(out, text);
  return out;
}

class ValueBuilder final : public YAML::EventHandler {
 public:
  ValueBuilder(std::string_view text, std::uint32_t file_id, const Limits& limits)
      : lines_(text, file_id), limits_(limits), tree_(limits) {}

  std::vector<Value> take_documents() { return std::move(documents_); }

  // yaml-cpp 0.7 can stop consuming input and hand out the same empty document
  // forever (`{},` does it): a document that starts where the last one started is
  // that loop, and becomes an error instead of a hang that fills memory.
  void OnDocumentStart(const YAML::Mark& mark) override {
    if (last_document_start_ && mark.pos <= *last_document_start_)
      fail(locate(mark), "the YAML parser cannot read past this point (malformed YAML)");
    last_document_start_ = mark.pos;
  }

  void OnDocumentEnd() override {
    documents_.push_back(tree_.take_root());
    anchors_.clear();  // anchors do not reach across documents
  }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Location at = locate(mark);
    if (tree_.expecting_key()) {
      add_key("", at, false, anchor);
      return;
    }
    tree_.value(Value::null(at));
    remember(anchor, 1);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& raw) override {
    const Location at = locate(mark);
    const std::size_t nodes_before = tree_.nodes();
    std::string text = sanitized(raw);
    tree_.check_string(text.size(), at);
    if (tree_.expecting_key()) {
      if (tag != "?" && tag != "!" && tag != "tag:yaml.org,2002:str")
        fail(at, "a mapping key cannot carry the tag " + tag);
      const bool merge = tag == "?" && text == "<<";
      add_key(std::move(text), at, merge, anchor);
      return;
    }
    if (tag == "?") {
      tree_.value(detail::plain_scalar(std::move(text), at));
    } else if (tag == "!" || tag.empty()) {
      tree_.value(Value::string(std::move(text), at));
    } else if (std::optional<std::string_view> fn = detail::intrinsic_for_tag(tag)) {
      short_form_scalar(*fn, std::move(text), at);
    } else {
      std::string error;
      std::optional<Value> typed = detail::standard_tagged_scalar(tag, std::move(text), at, error);
      if (!typed) fail(at, unknown_tag_message(tag));
      if (!error.empty()) fail(at, error);
      tree_.value(std::move(*typed));
    }
    remember(anchor, tree_.nodes() - nodes_before);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    const Location at = open_collection(mark, tag, anchor);
    tree_.begin_array(at);
  }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    const Location at = open_collection(mark, tag, anchor);
    tree_.begin_object(at);
  }

  void OnSequenceEnd() override { close_collection(); }
  void OnMapEnd() override { close_collection(); }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Location at = locate(mark);
    if (anchor >= anchors_.size() || !anchors_[anchor].value) {
      fail(at, anchor < anchors_.size() && anchors_[anchor].open
                   ? "alias refers to a node that contains it (a recursive alias)"
                   : "alias refers to an unknown anchor");
    }
    const Anchor& target = anchors_[anchor];
    if (tree_.expecting_key()) {
      const Value& v = *target.value;
      if (!v.is_scalar() && !v.is_null()) fail(at, "an alias used as a mapping key must name a scalar");
      add_key(v.is_bool() ? (v.as_bool() ? "true" : "false") : std::string(v.as_string()), at, false, 0);
      return;
    }
    charge_copy(target.nodes, at);
    if (tree_.depth() + target.height > limits_.max_depth)
      fail(at, "alias expands to nesting deeper than " + std::to_string(limits_.max_depth) + " levels");
    Value copy = *target.value;
    copy.set_location(at);
    tree_.value(std::move(copy), target.nodes, target.height);
  }

 private:
  struct Open {
    YAML::anchor_t anchor = 0;
    bool wrapped = false;        // a short-form tag: one more object to close
    std::size_t nodes_before = 0;
  };
  struct Anchor {
    std::optional<Value> value;
    std::size_t nodes = 0;
    std::size_t height = 0;
    bool open = false;  // its node is still being read
  };

  Location locate(const YAML::Mark& mark) { return lines_.locate(mark.line, mark.column); }

  [[noreturn]] static void fail(Location at, std::string message) {
    throw ReadError{at.line, at.column, std::move(message)};
  }

  static std::string unknown_tag_message(std::string_view tag) {
    // Rain's directives are common in published templates; say what they need.
    if (tag.starts_with("!Rain::"))
      return "unknown tag " + std::string(tag) + " (a Rain directive: package the template with `rain pkg` first)";
    return "unknown tag " + std::string(tag) + " (not a CloudFormation short-form function or a standard YAML tag)";
  }

  void add_key(std::string text, Location at, bool merge, YAML::anchor_t anchor) {
    if (anchor != 0) store_anchor(anchor, Value::string(text, at), 1, 0);
    tree_.key(std::move(text), at, merge);
  }

  // `!GetAtt Bucket.Arn` becomes {"Fn::GetAtt": ["Bucket", "Arn"]} (split at the
  // first dot: attribute names may hold dots); every other short form wraps its
  // scalar as written.
  void short_form_scalar(std::string_view fn, std::string text, Location at) {
    tree_.begin_object(at);
    tree_.key(std::string(fn), at);
    if (fn == "Fn::GetAtt") {
      tree_.begin_array(at);
      const std::size_t dot = text.find('.');
      if (dot == std::string::npos) {
        tree_.value(Value::string(std::move(text), at));
      } else {
        tree_.value(Value::string(text.substr(0, dot), at));
        tree_.value(Value::string(text.substr(dot + 1), at));
      }
      tree_.end();
    } else {
      tree_.value(Value::string(std::move(text), at));
    }
    tree_.end();
  }

  Location open_collection(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor) {
    const Location at = locate(mark);
    if (tree_.expecting_key()) fail(at, "a mapping key must be a scalar, not a sequence or mapping");
    Open open{anchor, false, tree_.nodes()};
    if (!detail::is_plain_collection_tag(tag)) {
      std::optional<std::string_view> fn = detail::intrinsic_for_tag(tag);
      if (!fn) fail(at, unknown_tag_message(tag));
      tree_.begin_object(at);
      tree_.key(std::string(*fn), at);
      open.wrapped = true;
    }
    if (anchor != 0) {
      if (anchors_.size() <= anchor) anchors_.resize(anchor + 1);
      anchors_[anchor] = Anchor{std::nullopt, 0, 0, true};
    }
    open_.push_back(open);
    return at;
  }

  void close_collection() {
    const Open open = open_.back();
    open_.pop_back();
    tree_.end();
    if (open.wrapped) tree_.end();
    if (open.anchor != 0) store_anchor(open.anchor, tree_.last(), tree_.nodes() - open.nodes_before, tree_.last_height());
  }

  // Anchors a scalar just read (a short form such as `&a !GetAtt A.B` is several values).
  void remember(YAML::anchor_t anchor, std::size_t nodes) {
    if (anchor != 0) store_anchor(anchor, tree_.last(), nodes, tree_.last_height());
  }

  // An anchored node is copied when it completes, so that aliases can copy it again
  // later; both copies are charged against the alias budget.
  void store_anchor(YAML::anchor_t anchor, const Value& value, std::size_t nodes, std::size_t height) {
    charge_copy(nodes, value.location());
    if (anchors_.size() <= anchor) anchors_.resize(anchor + 1);
    anchors_[anchor] = Anchor{value, nodes, height, false};
  }

  void charge_copy(std::size_t nodes, Location at) {
    copied_nodes_ += nodes;
    if (copied_nodes_ > limits_.max_alias_nodes)
      fail(at, "YAML anchors and aliases expand to more than " + std::to_string(limits_.max_alias_nodes) +
                   " values (an alias bomb?)");
  }

  detail::LineIndex lines_;
  const Limits& limits_;
  detail::TreeBuilder tree_;
  std::vector<Open> open_;
  std::vector<Anchor> anchors_;  // by yaml-cpp's anchor id
  std::size_t copied_nodes_ = 0;  // for the whole file, so many documents cannot multiply it
  std::optional<int> last_document_start_;  // byte offset yaml-cpp gave the last document
  std::vector<Value> documents_;
};

}  // namespace

ParseResult read_yaml(std::string_view text, std::uint32_t file_id, const Limits& limits) {
  ParseResult result;
  try {
    std::string converted;
    const std::string_view body = detail::checked_text(text, converted);
    MemoryBuffer buffer(body);
    std::istream stream(&buffer);
    ValueBuilder builder(body, file_id, limits);
    try {
      try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(builder)) {
        }
      } catch (const YAML::DeepRecursion& e) {
        detail::LineIndex lines(body, file_id);
        const Location at = lines.locate(e.mark.line, e.mark.column);
        throw ReadError{at.line, at.column, "nesting is too deep for the YAML parser (over " + std::to_string(e.depth()) + " levels)"};
      } catch (const YAML::Exception& e) {
        detail::LineIndex lines(body, file_id);
        const Location at = lines.locate(e.mark.line, e.mark.column);
        throw ReadError{at.line, at.column, e.msg};
      }
    } catch (ReadError& e) {
      if (auto helm = detail::kubernetes::explain_template_failure(body, e.line, e.message)) {
        e.column = helm->column;
        e.message = std::move(helm->message);
      }
      throw;
    }
    result.documents = builder.take_documents();
  } catch (const ReadError& e) {
    result.documents.clear();
    result.error = ParseError{e.line, e.column, e.message};
  } catch (const std::bad_alloc&) {
    result.documents.clear();
    result.error = ParseError{0, 0, "out of memory while reading the document"};
  } catch (const std::exception& e) {
    result.documents.clear();
    result.error = ParseError{0, 0, std::string("YAML parser failed: ") + e.what()};
  }
  return result;
}

}  // namespace infralint::loaders
