// AwsSolutions-APIG3 (cdk-nag APIGWAssociatedWithWAF): a REST API stage should be
// protected by an AWS WAFv2 web ACL.
#include <optional>
#include <string>

#include "aws/common/js_regex.hpp"
#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/common/same_stack.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::apigateway {

using model::Resource;
using model::Value;

namespace {

// JavaScript's '.': anything but a line terminator.
constexpr std::string_view kJsDot = R"([^\n\r\x{2028}\x{2029}])";

// cdk-nag's `${restApiId}.+${stageLogicalId}(?![\w])`, with a second alternative for
// the stage's name when it has one, ids and names pasted in as pattern text.
std::string association_pattern(const Resource& stage) {
  const std::string api = Referent::of(stage.property("RestApiId")).to_string();
  const std::string tail = js::not_followed_by("\\w");
  // The 'm' flag changes only what ^ and $ in pasted text mean.
  std::string pattern = "(?m)" + api + std::string(kJsDot) + "+" + stage.id + tail;
  const Referent name = Referent::of(stage.property("StageName"));
  if (name.value() != nullptr) pattern += "|" + api + std::string(kJsDot) + "+" + name.to_string() + tail;
  return pattern;
}

}  // namespace

class StageNoWaf final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-apigateway-stage-no-waf",
      .title = "REST API stage is not protected by an AWS WAF web ACL",
      .resource_types = {"AWS::ApiGateway::Stage"},
      .what = "A REST API stage for which no AWS::WAFv2::WebACLAssociation of the same stack has a "
              "ResourceArn that mentions the API (its logical id or id) followed later by the stage's "
              "logical id or stage name.",
      .why = "A web ACL in front of the API filters injection attempts, known bad sources and request "
             "floods before they reach the integrations and run up their cost.",
      .fix_cfn = "ApiWafAssociation:\n"
                 "  Type: AWS::WAFv2::WebACLAssociation\n"
                 "  Properties:\n"
                 "    ResourceArn: !Sub 'arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${Api}/stages/"
                 "${ApiStage}'\n"
                 "    WebACLArn: !GetAtt ApiWebAcl.Arn",
      .fix_cdk = "new wafv2.CfnWebACLAssociation(this, 'ApiWaf', { resourceArn: api.deploymentStage.stageArn, "
                 "webAclArn: webAcl.attrArn })",
      .cdk_nag_quirks = "Associations are found with a regular expression built from the ids and "
                        "names pasted in unescaped, so characters such as . act as patterns; an "
                        "imported RestApiId becomes the text [object Object]. A StageName given "
                        "by Ref is matched by the parameter's name, not its value.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& stage) const override {
    // cdk-nag builds the pattern for each association it meets, so a pattern JavaScript
    // cannot compile stops the rule only when the stack has an association.
    std::optional<js::Pattern> names_stage;
    for (const Resource* association : same_stack(stage, {"AWS::WAFv2::WebACLAssociation"})) {
      if (!names_stage) names_stage.emplace(association_pattern(stage), nullptr);
      const Value* arn = association->property("ResourceArn");
      // JSON.stringify(undefined) is undefined, which test() reads as "undefined".
      if (names_stage->test(arn == nullptr ? std::string("undefined") : js::stringify(*arn)))
        return Verdict::compliant();
    }
    return Verdict::violation(nullptr, "no web ACL association of the stack covers the stage");
  }
};

INFRALINT_RULE_INSTANCE(StageNoWaf)

}  // namespace infralint::rules::aws::apigateway
