#include "aws/common/flatten_reference.hpp"

#include "aws/common/cannot_validate.hpp"
#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"

namespace infralint::rules::aws {

namespace {

using model::Value;

constexpr int kMaxDepth = 1000;

// Fn::Sub's "${X}" becomes "<X>": every "${" first, then every "}".
std::string angle_brackets(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '$' && i + 1 < text.size() && text[i + 1] == '{') {
      out += '<';
      ++i;
    } else if (text[i] == '}') {
      out += '>';
    } else {
      out += text[i];
    }
  }
  return out;
}

// cdk-nag tests `!!node[field]`: the member must exist and be truthy.
const Value* truthy_member(const Value& node, std::string_view field) {
  const Value* member = node.find(field);
  return js::truthy(member) ? member : nullptr;
}

std::string visit(const Value* node, int depth);

// "<" + inner + ">", built by appending (GCC 12 at -O3 warns wrongly about
// `"<" + std::string`).
std::string angled(std::string_view inner) {
  std::string out;
  out.reserve(inner.size() + 2);
  out += '<';
  out += inner;
  out += '>';
  return out;
}

std::string angled(const std::string& resource, const std::string& attribute) {
  std::string inner = resource;
  inner += '.';
  inner += attribute;
  return angled(inner);
}

std::string visit_join(const Value& argument, int depth) {
  const Value* delimiter = nullptr;
  const Value* items = nullptr;
  if (argument.is_array()) {
    delimiter = argument.size() > 0 ? &argument.items()[0] : nullptr;
    items = argument.size() > 1 ? &argument.items()[1] : nullptr;
  } else if (argument.is_string()) {
    // A string destructures into its characters; the second is no list either way.
    throw CannotValidate(&argument, "the list of Fn::Join is not a list");
  } else {
    throw CannotValidate(&argument, "the argument of Fn::Join is not a list");
  }
  if (items == nullptr || !items->is_array())
    throw CannotValidate(items ? items : &argument, "the list of Fn::Join is not a list");
  // Array.prototype.join: an undefined separator is ",", anything else its String().
  const std::string separator = delimiter == nullptr ? std::string(",") : js::to_string(delimiter);
  std::string out;
  bool first = true;
  for (const Value& item : items->items()) {
    if (!first) out += separator;
    first = false;
    out += visit(&item, depth + 1);
  }
  return out;
}

std::string visit_get_att(const Value& argument, int depth) {
  if (argument.is_string()) {
    // `const [resource, attribute] = "Bucket.Arn"` destructures the string into its
    // first two characters: cdk-nag flattens the string form to "<B.u>". (The loaders
    // turn YAML's !GetAtt Bucket.Arn into the list form, as CloudFormation defines it.)
    js::Elements characters(&argument);
    auto it = characters.begin();
    const Value* resource = it != characters.end() ? *it++ : nullptr;
    const Value* attribute = it != characters.end() ? *it : nullptr;
    return angled(visit(resource, depth + 1), visit(attribute, depth + 1));
  }
  if (!argument.is_array()) throw CannotValidate(&argument, "the argument of Fn::GetAtt is not a list");
  const Value* resource = argument.size() > 0 ? &argument.items()[0] : nullptr;
  const Value* attribute = argument.size() > 1 ? &argument.items()[1] : nullptr;
  return angled(visit(resource, depth + 1), visit(attribute, depth + 1));
}

std::string visit(const Value* node, int depth) {
  if (node == nullptr) return "";
  if (depth > kMaxDepth) throw CannotValidate(node, "the reference is nested too deeply to read");
  if (node->is_string()) return angle_brackets(node->as_string());
  // Reading a field of null is a TypeError in cdk-nag's type checks.
  if (node->is_null()) throw CannotValidate(node, "the reference is null");
  if (!node->is_object()) return js::stringify(*node);
  if (const Value* join = truthy_member(*node, "Fn::Join")) return visit_join(*join, depth);
  if (const Value* sub = truthy_member(*node, "Fn::Sub")) return visit(sub, depth + 1);
  if (const Value* get_att = truthy_member(*node, "Fn::GetAtt")) return visit_get_att(*get_att, depth);
  if (const Value* import = truthy_member(*node, "Fn::ImportValue")) return visit(import, depth + 1);
  if (const Value* ref = truthy_member(*node, "Ref")) return angled(visit(ref, depth + 1));
  return js::stringify(*node);
}

}  // namespace

std::string flatten_reference(const model::Value* reference) { return visit(reference, 0); }

}  // namespace infralint::rules::aws
