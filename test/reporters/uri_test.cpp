#include "uri.hpp"

#include <gtest/gtest.h>

namespace infralint::reporters::detail {
namespace {

TEST(PercentEncode, KeepsUnreservedAndSlash) {
  EXPECT_EQ(percent_encode_path("cdk.out/App-1_x~y.template.json"), "cdk.out/App-1_x~y.template.json");
}

TEST(PercentEncode, EncodesSpacesHashAndReservedCharacters) {
  EXPECT_EQ(percent_encode_path("templates/my app #1/stack.yaml"), "templates/my%20app%20%231/stack.yaml");
  EXPECT_EQ(percent_encode_path("a?b%c:d@e+f&g=h;i,j'k(l)m!n*o$p"),
            "a%3Fb%25c%3Ad%40e%2Bf%26g%3Dh%3Bi%2Cj%27k%28l%29m%21n%2Ao%24p");
  EXPECT_EQ(percent_encode_path("a\\b"), "a%5Cb");
}

TEST(PercentEncode, EncodesUtf8AndInvalidBytesAsTheyAre) {
  EXPECT_EQ(percent_encode_path("donn\u00e9es"), "donn%C3%A9es");
  EXPECT_EQ(percent_encode_path("x\xff\n"), "x%FF%0A");
}

TEST(ArtifactUri, RelativePathsResolveAgainstTheScanRoot) {
  const ArtifactUri plain = artifact_uri("templates/a b.json");
  EXPECT_EQ(plain.uri, "templates/a%20b.json");
  EXPECT_TRUE(plain.relative);
  EXPECT_EQ(artifact_uri("./cdk.out/x.json").uri, "cdk.out/x.json");
  EXPECT_EQ(artifact_uri("././/x.json").uri, "x.json");
  // A drive letter or "scheme:" must not read as a URI scheme once encoded.
  EXPECT_EQ(artifact_uri("C:/x.json").uri, "C%3A/x.json");
}

TEST(ArtifactUri, AbsolutePathsBecomeFileUris) {
  const ArtifactUri absolute = artifact_uri("/srv/my repo/x.json");
  EXPECT_EQ(absolute.uri, "file:///srv/my%20repo/x.json");
  EXPECT_FALSE(absolute.relative);
}

}  // namespace
}  // namespace infralint::reporters::detail
