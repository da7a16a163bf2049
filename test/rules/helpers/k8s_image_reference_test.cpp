#include "k8s/workload/image_reference.hpp"

#include <gtest/gtest.h>

namespace infralint::rules::k8s::workload {
namespace {

ImagePin pin(std::string_view image) { return pin_of(parse_image(image)); }

TEST(ImageReference, SplitsRepositoryTagAndDigest) {
  const ImageReference full = parse_image("registry.example.com:5000/team/app:1.2@sha256:abc123");
  EXPECT_EQ(full.repository, "registry.example.com:5000/team/app");
  EXPECT_EQ(full.tag, "1.2");
  EXPECT_EQ(full.digest, "sha256:abc123");

  const ImageReference bare = parse_image("nginx");
  EXPECT_EQ(bare.repository, "nginx");
  EXPECT_EQ(bare.tag, "");
  EXPECT_EQ(bare.digest, "");
}

TEST(ImageReference, APortBeforeTheLastSlashIsNotATag) {
  EXPECT_EQ(parse_image("localhost:5000/app").tag, "");
  EXPECT_EQ(pin("localhost:5000/app"), ImagePin::Untagged);
  EXPECT_EQ(pin("localhost:5000/app:2"), ImagePin::Tag);
  EXPECT_EQ(pin("localhost:5000/app:latest"), ImagePin::Latest);
}

TEST(ImageReference, ADigestPinsWhateverTheTag) {
  EXPECT_EQ(pin("app@sha256:0123abcd"), ImagePin::Digest);
  EXPECT_EQ(pin("app:latest@sha256:0123abcd"), ImagePin::Digest);
  // Something after '@' that is not algorithm:hex pins nothing.
  EXPECT_EQ(pin("app@latest"), ImagePin::Untagged);
  EXPECT_EQ(pin("app:1.0@sha256:"), ImagePin::Tag);
}

TEST(ImageReference, OnlyTheExactTagLatestIsLatest) {
  EXPECT_EQ(pin("app:latest"), ImagePin::Latest);
  EXPECT_EQ(pin("app:Latest"), ImagePin::Tag);  // tags are case-sensitive
  EXPECT_EQ(pin("app:latest-alpine"), ImagePin::Tag);
  EXPECT_EQ(pin("docker.io/library/nginx"), ImagePin::Untagged);
}

TEST(ImageReference, TemplatesAreNotImages) {
  EXPECT_TRUE(is_unrendered_image(""));
  EXPECT_TRUE(is_unrendered_image("app:${TAG}"));
  EXPECT_TRUE(is_unrendered_image("{{ .Values.image }}"));
  EXPECT_TRUE(is_unrendered_image("$(IMAGE)"));
  EXPECT_FALSE(is_unrendered_image("registry.example.com/app:1.0"));
}

}  // namespace
}  // namespace infralint::rules::k8s::workload
