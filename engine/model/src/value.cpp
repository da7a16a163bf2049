#include "infralint/model/value.hpp"

#include <charconv>
#include <cstdlib>

namespace infralint::model {

Value::Value(Kind k, Payload p, Location at) : payload_(std::move(p)), location_(at), kind_(k) {}

Value Value::null(Location at) { return Value(Kind::Null, std::monostate{}, at); }
Value Value::boolean(bool b, Location at) { return Value(Kind::Bool, b, at); }
Value Value::number(std::string text, Location at) { return Value(Kind::Number, std::move(text), at); }
Value Value::string(std::string s, Location at) { return Value(Kind::String, std::move(s), at); }
Value Value::array(Array items, Location at) { return Value(Kind::Array, std::move(items), at); }
Value Value::object(Object members, Location at) { return Value(Kind::Object, std::move(members), at); }

bool Value::as_bool() const { return kind_ == Kind::Bool && std::get<bool>(payload_); }

std::string_view Value::as_string() const {
  if (kind_ == Kind::String || kind_ == Kind::Number) return std::get<std::string>(payload_);
  return {};
}

std::optional<double> Value::as_number() const {
  if (kind_ != Kind::Number && kind_ != Kind::String) return std::nullopt;
  std::string_view text = std::get<std::string>(payload_);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.empty()) return std::nullopt;
  double out = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return out;
}

static bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::optional<bool> Value::as_flag() const {
  if (kind_ == Kind::Bool) return std::get<bool>(payload_);
  if (kind_ != Kind::String) return std::nullopt;
  std::string_view text = std::get<std::string>(payload_);
  if (iequals(text, "true")) return true;
  if (iequals(text, "false")) return false;
  return std::nullopt;
}

const Value::Array& Value::items() const {
  static const Array kEmpty;
  return kind_ == Kind::Array ? std::get<Array>(payload_) : kEmpty;
}
Value::Array& Value::items() { return std::get<Array>(payload_); }

const Value::Object& Value::members() const {
  static const Object kEmpty;
  return kind_ == Kind::Object ? std::get<Object>(payload_) : kEmpty;
}
Value::Object& Value::members() { return std::get<Object>(payload_); }

std::size_t Value::size() const {
  if (kind_ == Kind::Array) return std::get<Array>(payload_).size();
  if (kind_ == Kind::Object) return std::get<Object>(payload_).size();
  return 0;
}

const Member* Value::find_member(std::string_view key) const {
  if (kind_ != Kind::Object) return nullptr;
  for (const Member& m : std::get<Object>(payload_))
    if (m.key == key) return &m;
  return nullptr;
}

const Value* Value::find(std::string_view key) const {
  const Member* m = find_member(key);
  return m ? &m->value : nullptr;
}

// Decodes one RFC 6901 reference token ("~1" is '/', "~0" is '~').
static std::string unescape_token(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
      out += token[i + 1] == '0' ? '~' : '/';
      ++i;
    } else {
      out += token[i];
    }
  }
  return out;
}

const Value* Value::at(std::string_view pointer) const {
  const Value* current = this;
  while (!pointer.empty()) {
    if (pointer.front() != '/') return nullptr;
    pointer.remove_prefix(1);
    std::size_t slash = pointer.find('/');
    std::string_view raw = pointer.substr(0, slash);
    pointer = slash == std::string_view::npos ? std::string_view{} : pointer.substr(slash);
    if (current->is_object()) {
      current = raw.find('~') == std::string_view::npos ? current->find(raw)
                                                        : current->find(unescape_token(raw));
    } else if (current->is_array()) {
      std::size_t index = 0;
      auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), index);
      if (ec != std::errc{} || end != raw.data() + raw.size() || index >= current->size()) return nullptr;
      current = &current->items()[index];
    } else {
      return nullptr;
    }
    if (!current) return nullptr;
  }
  return current;
}

std::string_view Value::intrinsic() const {
  if (kind_ != Kind::Object) return {};
  const Object& members = std::get<Object>(payload_);
  if (members.size() != 1) return {};
  std::string_view key = members.front().key;
  if (key == "Ref" || key == "Condition" || key.starts_with("Fn::")) return key;
  return {};
}

const Value& Value::intrinsic_argument() const { return std::get<Object>(payload_).front().value; }

bool operator==(const Value& a, const Value& b) {
  if (a.kind_ != b.kind_) return false;
  switch (a.kind_) {
    case Value::Kind::Null: return true;
    case Value::Kind::Bool: return std::get<bool>(a.payload_) == std::get<bool>(b.payload_);
    case Value::Kind::Number:
    case Value::Kind::String: return std::get<std::string>(a.payload_) == std::get<std::string>(b.payload_);
    case Value::Kind::Array: return std::get<Value::Array>(a.payload_) == std::get<Value::Array>(b.payload_);
    case Value::Kind::Object: {
      const auto& x = std::get<Value::Object>(a.payload_);
      const auto& y = std::get<Value::Object>(b.payload_);
      if (x.size() != y.size()) return false;
      for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i].key != y[i].key || !(x[i].value == y[i].value)) return false;
      return true;
    }
  }
  return false;
}

void append_pointer_token(std::string& pointer, std::string_view token) {
  pointer += '/';
  for (char c : token) {
    if (c == '~') pointer += "~0";
    else if (c == '/') pointer += "~1";
    else pointer += c;
  }
}

}  // namespace infralint::model
