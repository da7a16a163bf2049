#include "uri.hpp"

namespace infralint::reporters::detail {
namespace {

bool is_unreserved(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

}  // namespace

std::string percent_encode_path(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(path.size());
  for (const char c : path) {
    if (is_unreserved(c) || c == '/') {
      out.push_back(c);
      continue;
    }
    const auto byte = static_cast<unsigned char>(c);
    out.push_back('%');
    out.push_back(kHex[byte >> 4]);
    out.push_back(kHex[byte & 0x0F]);
  }
  return out;
}

ArtifactUri artifact_uri(std::string_view display_path) {
  while (display_path.starts_with("./")) {
    display_path.remove_prefix(2);
    while (display_path.starts_with('/')) display_path.remove_prefix(1);  // ".//x"
  }
  if (display_path.starts_with('/')) return {"file://" + percent_encode_path(display_path), false};
  return {percent_encode_path(display_path), true};
}

}  // namespace infralint::reporters::detail
