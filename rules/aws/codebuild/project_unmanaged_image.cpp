// AwsSolutions-CB5 (cdk-nag CodeBuildProjectManagedImages): a CodeBuild project should
// build on an image that CodeBuild curates.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::codebuild {

using model::Resource;
using model::Value;

class ProjectUnmanagedImage final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-codebuild-project-unmanaged-image",
      .title = "CodeBuild project builds on an image CodeBuild does not manage",
      .resource_types = {"AWS::CodeBuild::Project"},
      .what = "A CodeBuild project whose Environment.Image does not start with \"aws/codebuild/\" "
              "(an ECR or Docker Hub image, say). A project without an Environment, or whose image "
              "is not a literal string, cannot be judged.",
      .why = "CodeBuild's curated images are patched and kept current by AWS; a custom image has to "
             "be maintained and scanned by its owner, and deserves a documented reason.",
      .fix_cfn = "Environment:\n"
                 "  Type: LINUX_CONTAINER\n"
                 "  ComputeType: BUILD_GENERAL1_SMALL\n"
                 "  Image: aws/codebuild/standard:7.0",
      .fix_cdk = "new codebuild.Project(this, 'Build', { environment: { buildImage: "
                 "codebuild.LinuxBuildImage.STANDARD_7_0 } })",
      .cdk_nag_quirks = "The image prefix is compared case-sensitively: \"AWS/CodeBuild/\" fails. "
                        "A project without an Environment, or whose Environment has no Image, "
                        "cannot be judged.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& project) const override {
    const Value* image = resolve_if_primitive(js::get(project.property("Environment"), "Image"), "Image");
    if (!js::string_receiver(image, "startsWith").starts_with("aws/codebuild/"))
      return Verdict::violation(image, "the project builds on an image CodeBuild does not manage");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ProjectUnmanagedImage)

}  // namespace infralint::rules::aws::codebuild
