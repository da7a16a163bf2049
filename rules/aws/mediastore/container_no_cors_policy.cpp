// AwsSolutions-MS8 (cdk-nag MediaStoreContainerCORSPolicy): a MediaStore container
// should state which origins may read it from a browser.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::mediastore {

using model::Resource;
using model::Value;

namespace {
// `corsPolicy.length == 0`: a list or a string that is empty. Other values have no
// length (undefined == 0 is false) unless an object spells one out.
bool has_zero_length(const Value& cors) {
  if (cors.is_array()) return cors.size() == 0;
  if (cors.is_string()) return cors.as_string().empty();
  if (cors.is_object()) return js::loose_equals(cors.find("length"), 0.0);
  return false;
}
}  // namespace

class ContainerNoCorsPolicy final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-mediastore-container-no-cors-policy",
      .title = "MediaStore container has no CORS policy",
      .resource_types = {"AWS::MediaStore::Container"},
      .what = "A MediaStore container without a CorsPolicy, or with an empty one.",
      .why = "A CORS policy names the web origins allowed to fetch the container's media from a "
             "browser; writing it down keeps that list deliberate rather than left to defaults.",
      .fix_cfn = "CorsPolicy:\n"
                 "  - AllowedOrigins: ['https://www.example.com']\n"
                 "    AllowedMethods: [GET, HEAD]\n"
                 "    AllowedHeaders: ['*']\n"
                 "    MaxAgeSeconds: 3000",
      .fix_cdk = "new mediastore.CfnContainer(this, 'Media', { containerName: 'media', corsPolicy: [{ "
                 "allowedOrigins: ['https://www.example.com'], allowedMethods: ['GET', 'HEAD'] }] })",
      .cdk_nag_quirks = "A CorsPolicy written as an Fn::If has no length to measure, so it passes "
                        "whatever its branches hold.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& container) const override {
    const Value* cors = container.property("CorsPolicy");
    if (js::is_nullish(cors) || has_zero_length(*cors))
      return Verdict::violation(cors, "the container has no CORS policy");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ContainerNoCorsPolicy)

}  // namespace infralint::rules::aws::mediastore
