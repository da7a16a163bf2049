#include "terraform/addresses.hpp"

#include <cctype>

namespace infralint::loaders::detail::terraform {

namespace {

bool is_identifier_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
}

// Reads an identifier at `pos`; "" when there is none.
std::string_view identifier(std::string_view text, std::size_t& pos) {
  const std::size_t start = pos;
  while (pos < text.size() && is_identifier_char(text[pos])) ++pos;
  return text.substr(start, pos - start);
}

// Reads a bracketed key ([0], ["a.b"]) at `pos`, quotes respected; false when malformed.
bool bracket(std::string_view text, std::size_t& pos) {
  if (pos >= text.size() || text[pos] != '[') return false;
  bool quoted = false;
  for (++pos; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (quoted && c == '\\') {
      ++pos;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && c == ']') {
      ++pos;
      return true;
    }
  }
  return false;
}

// The end of the step starting at `pos` (an identifier and its optional key).
std::size_t step_end(std::string_view text, std::size_t pos) {
  identifier(text, pos);
  if (pos < text.size() && text[pos] == '[') {
    std::size_t p = pos;
    if (bracket(text, p)) return p;
  }
  return pos;
}

}  // namespace

SplitAddress split_address(std::string_view address) {
  std::size_t pos = 0;
  std::size_t module_end = 0;
  while (address.substr(pos).starts_with("module.")) {
    const std::size_t end = step_end(address, pos + 7);
    if (end >= address.size() || address[end] != '.') break;
    module_end = end;
    pos = end + 1;
  }
  return SplitAddress{address.substr(0, module_end), address.substr(module_end == 0 ? 0 : module_end + 1)};
}

std::string module_without_keys(std::string_view module) {
  std::string out;
  std::size_t pos = 0;
  while (pos < module.size()) {
    const std::size_t start = pos;
    identifier(module, pos);
    out.append(module.substr(start, pos - start));
    if (pos < module.size() && module[pos] == '[') bracket(module, pos);
    if (pos < module.size() && module[pos] == '.') {
      out += '.';
      ++pos;
    } else if (pos < module.size()) {
      ++pos;  // not an address: keep going without looping forever
    }
  }
  return out;
}

std::string_view without_instance_key(std::string_view resource) {
  const std::string_view key = instance_key(resource);
  return resource.substr(0, resource.size() - key.size());
}

std::string_view instance_key(std::string_view resource) {
  if (resource.empty() || resource.back() != ']') return {};
  // The key starts at the first '[' after the last '.' outside quotes: the name has none.
  std::size_t pos = 0;
  std::size_t start = std::string_view::npos;
  while (pos < resource.size()) {
    if (resource[pos] == '[') {
      start = pos;
      if (!bracket(resource, pos)) return {};
      continue;
    }
    if (resource[pos] == '.') start = std::string_view::npos;
    ++pos;
  }
  return start == std::string_view::npos ? std::string_view() : resource.substr(start);
}

ParsedReference parse_reference(std::string_view text) {
  ParsedReference out;
  std::size_t pos = 0;
  const std::string_view head = identifier(text, pos);
  if (head.empty() || pos >= text.size() || text[pos] != '.') return out;
  ++pos;
  auto rest_attribute = [&](std::size_t from) -> std::optional<std::string> {
    if (from == text.size()) return std::string();
    if (text[from] != '.') return std::nullopt;
    std::size_t p = from + 1;
    const std::string_view attr = identifier(text, p);
    if (attr.empty()) return std::nullopt;
    // Deeper steps (.attr[0].x) still name the same resource; the first attribute counts.
    return std::string(attr);
  };
  if (head == "var" || head == "local") {
    const std::string_view name = identifier(text, pos);
    if (name.empty()) return out;
    out.kind = head == "var" ? ParsedReference::Kind::Variable : ParsedReference::Kind::Local;
    out.target = std::string(name);
    // var.x.y, var.x[0]: part of the variable; the whole variable is still its default.
    out.attribute = std::string(text.substr(pos));
    return out;
  }
  if (head == "module") {
    const std::size_t end = step_end(text, pos);
    auto attr = rest_attribute(end);
    if (!attr || attr->empty()) return out;
    out.kind = ParsedReference::Kind::ModuleOutput;
    out.target = "module." + std::string(text.substr(pos, end - pos));
    out.attribute = *attr;
    return out;
  }
  if (head == "count" || head == "each" || head == "path" || head == "self" || head == "terraform") return out;
  const bool data = head == "data";
  if (data) {
    if (identifier(text, pos).empty() || pos >= text.size() || text[pos] != '.') return out;
    ++pos;
  }
  const std::size_t name_start = pos;
  const std::size_t end = step_end(text, pos);
  if (end == name_start) return out;
  auto attr = rest_attribute(end);
  if (!attr) return out;
  out.kind = data ? ParsedReference::Kind::Data : ParsedReference::Kind::Resource;
  out.target = std::string(text.substr(0, end));
  out.attribute = *attr;
  return out;
}

std::string join_address(std::string_view module, std::string_view resource) {
  std::string out;
  out.reserve(module.size() + resource.size() + 1);
  if (!module.empty()) {
    out.append(module);
    out += '.';
  }
  out.append(resource);
  return out;
}

}  // namespace infralint::loaders::detail::terraform
