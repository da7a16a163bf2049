#include "k8s/workload/image_reference.hpp"

namespace infralint::rules::k8s::workload {

ImageReference parse_image(std::string_view image) {
  ImageReference out;
  std::string_view rest = image;
  if (const std::size_t at = rest.find('@'); at != std::string_view::npos) {
    out.digest = rest.substr(at + 1);
    rest = rest.substr(0, at);
  }
  const std::size_t last_slash = rest.rfind('/');
  const std::size_t colon = rest.rfind(':');
  if (colon != std::string_view::npos && (last_slash == std::string_view::npos || colon > last_slash)) {
    out.tag = rest.substr(colon + 1);
    rest = rest.substr(0, colon);
  }
  out.repository = rest;
  return out;
}

ImagePin pin_of(const ImageReference& image) {
  // A digest needs an algorithm and a hex part ("sha256:..."); anything else after
  // '@' pins nothing.
  const std::size_t colon = image.digest.find(':');
  if (colon != std::string_view::npos && colon > 0 && colon + 1 < image.digest.size()) return ImagePin::Digest;
  if (image.tag.empty()) return ImagePin::Untagged;
  return image.tag == "latest" ? ImagePin::Latest : ImagePin::Tag;
}

bool is_unrendered_image(std::string_view image) {
  return image.empty() || image.find("${") != std::string_view::npos || image.find("{{") != std::string_view::npos ||
         image.find("$(") != std::string_view::npos;
}

}  // namespace infralint::rules::k8s::workload
