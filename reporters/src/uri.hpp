// Paths as SARIF artifact URIs.
#pragma once

#include <string>
#include <string_view>

namespace infralint::reporters::detail {

// RFC 3986 percent-encoding of a path: unreserved characters (ALPHA DIGIT - . _ ~)
// and '/' are kept, every other byte becomes %XX (upper-case hex). Bytes that are
// not UTF-8 are encoded as they are, so the URI still names the file on disk.
std::string percent_encode_path(std::string_view path);

// A display path as a SARIF artifactLocation.uri. A relative path ("./" prefixes
// removed) is meant to resolve against %SRCROOT%; an absolute one ("/...") becomes
// a file: URI and carries no uriBaseId.
struct ArtifactUri {
  std::string uri;
  bool relative = true;
};
ArtifactUri artifact_uri(std::string_view display_path);

}  // namespace infralint::reporters::detail
