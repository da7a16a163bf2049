#include "terraform/expressions.hpp"

#include <cctype>
#include <vector>

#include "terraform/addresses.hpp"
#include "relocate.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform {

using model::Location;
using model::Member;
using model::Value;

namespace {

// Locals may refer to locals; values nest. Deeper than this is unknown, not a crash.
constexpr int kMaxDepth = 32;

struct Part {
  bool expression = false;
  std::string text;
};

// Splits a template into literal text and ${...} expressions. False for what is not
// evaluated at all: %{...} directives and unterminated interpolations.
bool split_template(std::string_view s, std::vector<Part>& parts) {
  std::string literal;
  std::size_t i = 0;
  while (i < s.size()) {
    if ((s[i] == '$' || s[i] == '%') && s.substr(i + 1).starts_with(std::string(1, s[i]) + "{")) {
      literal += s[i];  // $${ and %%{ are escapes for a literal ${ and %{
      literal += '{';
      i += 3;
      continue;
    }
    if (s[i] == '%' && i + 1 < s.size() && s[i + 1] == '{') return false;
    if (s[i] != '$' || i + 1 >= s.size() || s[i + 1] != '{') {
      literal += s[i++];
      continue;
    }
    // ${ ... }: braces inside (object constructors) and quoted strings are skipped over.
    std::size_t j = i + 2;
    int depth = 0;
    bool quoted = false;
    for (; j < s.size(); ++j) {
      const char c = s[j];
      if (quoted) {
        if (c == '\\') ++j;
        else if (c == '"') quoted = false;
      } else if (c == '"') {
        quoted = true;
      } else if (c == '{') {
        ++depth;
      } else if (c == '}') {
        if (depth == 0) break;
        --depth;
      }
    }
    if (j >= s.size()) return false;
    if (!literal.empty()) parts.push_back(Part{false, std::move(literal)});
    literal.clear();
    parts.push_back(Part{true, std::string(s.substr(i + 2, j - i - 2))});
    i = j + 1;
  }
  if (!literal.empty()) parts.push_back(Part{false, std::move(literal)});
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool is_identifier_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-'; }

bool is_reference(const Value& v) { return v.intrinsic() == "Ref" || v.intrinsic() == "Fn::GetAtt"; }

}  // namespace

Value ConfigurationScope::evaluate(const Value& value, std::string_view attribute, TerraformResource& into) const {
  return evaluate_at(value, attribute, into, 0);
}

Value ConfigurationScope::evaluate_at(const Value& value, std::string_view attribute, TerraformResource& into,
                                      int depth) const {
  if (depth > kMaxDepth) return unknown_value(value.location());
  if (value.is_string()) return evaluate_string(value, attribute, into, depth);
  if (value.is_array()) {
    Value::Array items;
    items.reserve(value.size());
    for (const Value& item : value.items()) items.push_back(evaluate_at(item, attribute, into, depth + 1));
    return Value::array(std::move(items), value.location());
  }
  if (value.is_object()) {
    Value::Object members;
    for (const Member& m : value.members()) {
      if (m.key == "//") continue;  // cdktf's comments and metadata
      members.push_back(Member{m.key, m.key_location, evaluate_at(m.value, attribute, into, depth + 1)});
    }
    return Value::object(std::move(members), value.location());
  }
  return value;
}

Value ConfigurationScope::evaluate_string(const Value& text, std::string_view attribute, TerraformResource& into,
                                          int depth) const {
  const std::string_view s = text.as_string();
  if (s.find("${") == std::string_view::npos && s.find("%{") == std::string_view::npos) return text;
  const Location at = text.location();
  std::vector<Part> parts;
  if (!split_template(s, parts)) {
    note_references(s, attribute, into);
    return unknown_value(at);
  }
  if (parts.size() == 1 && parts[0].expression) return evaluate_expression(parts[0].text, at, attribute, into, depth);

  Value::Array pieces;
  std::string literal;
  bool known = true;
  for (const Part& part : parts) {
    if (!part.expression) {
      literal += part.text;
      continue;
    }
    Value v = evaluate_expression(part.text, at, attribute, into, depth);
    if (v.is_scalar()) {
      literal += v.as_string();
      if (v.is_bool()) literal += v.as_bool() ? "true" : "false";
    } else if (is_reference(v)) {
      if (!literal.empty()) pieces.push_back(Value::string(std::move(literal), at));
      literal.clear();
      pieces.push_back(std::move(v));
    } else {
      known = false;  // keep going: every reference of the string is still noted
    }
  }
  if (!known) return unknown_value(at);
  if (pieces.empty()) return Value::string(std::move(literal), at);
  if (!literal.empty()) pieces.push_back(Value::string(std::move(literal), at));
  Value::Array join{Value::string("", at), Value::array(std::move(pieces), at)};
  return Value::object({Member{"Fn::Join", at, Value::array(std::move(join), at)}}, at);
}

Value ConfigurationScope::evaluate_expression(std::string_view expression, Location at, std::string_view attribute,
                                              TerraformResource& into, int depth) const {
  expression = trim(expression);
  note_references(expression, attribute, into);
  const ParsedReference ref = parse_reference(expression);
  switch (ref.kind) {
    case ParsedReference::Kind::Variable: {
      auto it = variables.find(ref.target);
      const Value* fallback = it != variables.end() ? it->second->find("default") : nullptr;
      if (fallback == nullptr || !ref.attribute.empty()) return unknown_value(at);
      // The value a reviewer reads is at the attribute that uses the variable.
      Value v = *fallback;
      place_at(v, at);
      v.set_origin(model::Origin::Defaulted);
      return v;
    }
    case ParsedReference::Kind::Local: {
      auto it = locals.find(ref.target);
      if (it == locals.end() || !ref.attribute.empty() || depth > kMaxDepth) return unknown_value(at);
      Value v = evaluate_at(*it->second, attribute, into, depth + 1);
      place_at(v, at);
      return v;
    }
    case ParsedReference::Kind::Resource: {
      const std::string base(without_instance_key(ref.target));
      if (!resources.count(base)) return unknown_value(at);
      return reference_value(base, ref.attribute, at);
    }
    default: return unknown_value(at);
  }
}

// Every declared resource an expression mentions (type.name, not after '.' or inside
// an identifier), also inside function calls: these decide which bucket a satellite
// configures even when its value is unknown.
void ConfigurationScope::note_references(std::string_view expression, std::string_view attribute,
                                         TerraformResource& into) const {
  std::size_t i = 0;
  while (i < expression.size()) {
    const bool starts = is_identifier_char(expression[i]) &&
                        (i == 0 || (!is_identifier_char(expression[i - 1]) && expression[i - 1] != '.'));
    if (!starts) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < expression.size() && is_identifier_char(expression[j])) ++j;
    if (j < expression.size() && expression[j] == '.') {
      std::size_t k = j + 1;
      while (k < expression.size() && is_identifier_char(expression[k])) ++k;
      const std::string candidate(expression.substr(i, k - i));
      if (k > j + 1 && resources.count(candidate) && candidate != into.address) into.add_reference(attribute, candidate);
    }
    i = j;
  }
}

}  // namespace infralint::loaders::detail::terraform
