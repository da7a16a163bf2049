// AwsSolutions-IAM5 (cdk-nag IAMNoWildcardPermissions): Allow statements should not use
// wildcards in actions or resources. One granular finding per distinct wildcard
// ("Action::s3:*", "Resource::*", "Resource::<Bucket.Arn>/*").
#include <algorithm>

#include "aws/common/flatten_reference.hpp"
#include "aws/common/js_text.hpp"
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::iam {

using model::Resource;
using model::Value;

namespace {

void add_unique(std::vector<Verdict::Finding>& found, std::string id, const Value* at, std::string detail) {
  if (std::none_of(found.begin(), found.end(), [&](const auto& f) { return f.granular_id == id; }))
    found.push_back({std::move(id), at, std::move(detail)});
}

// analyzePolicy: the wildcards of every Allow statement of one policy document.
void collect_wildcards(const Value* document, std::vector<Verdict::Finding>& found) {
  const Value* statements = js::get(document, "Statement");
  if (js::is_nullish(statements)) return;  // `policy.Statement ?? []`
  for (const Value* statement : js::Elements(statements)) {
    if (!js::strict_equals(js::get(statement, "Effect"), "Allow")) continue;
    for (const Value* action : js::normalize_array(js::get(statement, "Action")))
      if (js::includes(action, "*"))
        add_unique(found, "Action::" + js::to_string(action), action, "the action " + js::to_string(action) + " uses a wildcard");
    for (const Value* resource : js::normalize_array(js::get(statement, "Resource"))) {
      std::string flat = flatten_reference(resource);
      if (flat.find('*') != std::string::npos)
        add_unique(found, "Resource::" + flat, resource, "the resource " + flat + " uses a wildcard");
    }
  }
}

}  // namespace

class WildcardPermissions final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-iam-wildcard-permissions",
      .title = "IAM policy grants wildcard permissions",
      .resource_types = {"AWS::IAM::Group", "AWS::IAM::ManagedPolicy", "AWS::IAM::Policy", "AWS::IAM::Role",
                         "AWS::IAM::User"},
      .what = "An Allow statement, in an IAM policy or managed policy or in the inline Policies of a "
              "user, role or group, whose Action or Resource contains '*'. Each distinct wildcard is "
              "its own finding (Action::<action>, Resource::<resource with references written as "
              "<Ref> and <Resource.Attribute>>), so a justified one can be accepted on its own. Deny "
              "statements are not examined.",
      .why = "A wildcard grants every action or every resource that matches, including ones added "
             "later, which is seldom what the author meant and widens what a stolen credential can "
             "do.",
      .fix_cfn = "Statement:\n"
                 "  - Effect: Allow\n"
                 "    Action: [s3:GetObject, s3:PutObject]\n"
                 "    Resource: !Sub '${Uploads.Arn}/incoming/*'  # or suppress this granular id with a reason",
      .fix_cdk = "List the actions and ARNs in new iam.PolicyStatement({...}); where a wildcard is needed, "
                 "NagSuppressions.addResourceSuppressions(role, [{ id: 'AwsSolutions-IAM5', reason: '...', "
                 "appliesTo: ['Resource::<Uploads.Arn>/incoming/*'] }])",
      .cdk_nag_quirks = "An Allow statement that uses NotAction instead of Action cannot be "
                        "judged: the rule reads Action whether or not it is there.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& resource) const override {
    std::vector<Verdict::Finding> found;
    if (resource.type == "AWS::IAM::Policy" || resource.type == "AWS::IAM::ManagedPolicy") {
      collect_wildcards(resource.property("PolicyDocument"), found);
      return Verdict::findings(std::move(found));
    }
    const Value* inline_policies = resource.property("Policies");
    if (!js::is_nullish(inline_policies))
      for (const Value* policy : js::Elements(inline_policies))
        collect_wildcards(js::get(policy, "PolicyDocument"), found);
    return Verdict::findings(std::move(found));
  }
};

INFRALINT_RULE_INSTANCE(WildcardPermissions)

}  // namespace infralint::rules::aws::iam
