// EFS: aws_efs_file_system as AWS::EFS::FileSystem. `encrypted` left out is left out
// here too: the provider sends nothing and EFS creates the file system unencrypted,
// which is what CloudFormation does for an absent Encrypted (and what EFS1 judges).
#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

std::optional<Adapted> adapt_efs_file_system(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("Encrypted", ctx.attribute("encrypted"))
      .copy("KmsKeyId", ctx.attribute("kms_key_id"))
      .copy("PerformanceMode", ctx.attribute("performance_mode"))
      .copy("ThroughputMode", ctx.attribute("throughput_mode"));
  p.set("FileSystemTags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::EFS::FileSystem", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
