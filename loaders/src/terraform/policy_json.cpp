#include "terraform/policy_json.hpp"

#include <charconv>
#include <string>
#include <vector>

#include "infralint/loaders/readers.hpp"
#include "relocate.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform {

using model::Member;
using model::Value;

namespace {

// Marks where a reference sat in the joined text; it cannot occur in a policy a
// person wrote.
constexpr std::string_view kMark = "@@infralint-ref:";

// Rebuilds the strings that hold marks: the reference alone, or an Fn::Join.
void restore_references(Value& root, const std::vector<const Value*>& references) {
  std::vector<Value*> todo{&root};
  while (!todo.empty()) {
    Value* v = todo.back();
    todo.pop_back();
    if (v->is_array()) {
      for (Value& item : v->items()) todo.push_back(&item);
      continue;
    }
    if (v->is_object()) {
      for (Member& m : v->members()) todo.push_back(&m.value);
      continue;
    }
    if (!v->is_string() || v->as_string().find(kMark) == std::string_view::npos) continue;
    const std::string text(v->as_string());
    const model::Location at = v->location();
    Value::Array pieces;
    std::size_t pos = 0;
    while (pos < text.size()) {
      const std::size_t mark = text.find(kMark, pos);
      const std::size_t end = mark == std::string::npos ? std::string::npos : text.find("@@", mark + kMark.size());
      if (mark == std::string::npos || end == std::string::npos) {
        pieces.push_back(Value::string(text.substr(pos), at));
        break;
      }
      if (mark > pos) pieces.push_back(Value::string(text.substr(pos, mark - pos), at));
      std::size_t n = references.size();
      const char* first = text.data() + mark + kMark.size();
      std::from_chars(first, text.data() + end, n);  // a malformed mark stays out of range
      pieces.push_back(n < references.size() ? *references[n] : unknown_value(at));
      pos = end + 2;
    }
    if (pieces.size() == 1) {
      *v = std::move(pieces[0]);
    } else {
      Value::Array join{Value::string("", at), Value::array(std::move(pieces), at)};
      *v = Value::object({Member{"Fn::Join", at, Value::array(std::move(join), at)}}, at);
    }
  }
}

// A document whose statements are not known. Rules read a policy through its
// Statement; an unknown there (an intrinsic, to them) makes them answer "cannot
// validate", where an unknown document as a whole would read as one without
// statements, and so without wildcards.
Value unknown_document(model::Location at) {
  Value v = Value::object({Member{"Statement", at, unknown_value(at)}}, at);
  v.set_origin(model::Origin::Unresolved);
  return v;
}

}  // namespace

std::optional<Value> parse_json_text(const Value* text_value) {
  if (text_value == nullptr) return std::nullopt;
  const model::Location at = text_value->location();
  std::string text;
  std::vector<const Value*> references;
  if (text_value->is_string()) {
    text = std::string(text_value->as_string());
  } else if (text_value->intrinsic() == "Fn::Join") {
    const Value& args = text_value->intrinsic_argument();
    if (args.size() != 2 || !args.items()[1].is_array()) return std::nullopt;
    for (const Value& piece : args.items()[1].items()) {
      if (piece.is_string()) {
        text += piece.as_string();
      } else {
        text += std::string(kMark) + std::to_string(references.size()) + "@@";
        references.push_back(&piece);
      }
    }
  } else {
    return std::nullopt;
  }
  ParseResult parsed = read_json(text, at.file);
  if (parsed.error || parsed.documents.size() != 1) return std::nullopt;
  Value document = std::move(parsed.documents[0]);
  place_at(document, at);
  if (!references.empty()) restore_references(document, references);
  return document;
}

std::optional<Value> parse_policy(const Value* policy) {
  if (policy == nullptr) return std::nullopt;
  if (std::optional<Value> document = parse_json_text(policy)) return document;
  return unknown_document(policy->location());
}

}  // namespace infralint::loaders::detail::terraform
