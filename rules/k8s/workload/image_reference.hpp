// A container image reference taken apart: [registry[:port]/]path[:tag][@digest].
// Only the part after the last '/' can carry a tag, so "registry:5000/app" names the
// registry's port, not a tag.
#pragma once

#include <string_view>

namespace infralint::rules::k8s::workload {

struct ImageReference {
  std::string_view repository;  // everything before the tag and digest
  std::string_view tag;         // "" when the reference has none
  std::string_view digest;      // "sha256:..." when pinned by digest, "" otherwise
};

ImageReference parse_image(std::string_view image);

enum class ImagePin {
  Digest,    // pinned by content: the same bytes on every pull
  Tag,       // a tag other than latest
  Latest,    // the latest tag, written out
  Untagged,  // no tag and no digest, which the runtime reads as :latest
};

ImagePin pin_of(const ImageReference& image);

// The reference is not a final image name: templating left in it ("${TAG}",
// "{{ .Values.tag }}", "$(IMAGE)"), or it is empty. Such a value cannot be judged.
bool is_unrendered_image(std::string_view image);

}  // namespace infralint::rules::k8s::workload
