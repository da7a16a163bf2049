// AwsSolutions-OS1 (cdk-nag OpenSearchInVPCOnly): OpenSearch and Elasticsearch domains
// should live inside a VPC.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/opensearchservice/js_length.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::opensearchservice {

using model::Resource;
using model::Value;

class DomainNotInVpc final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-opensearchservice-domain-not-in-vpc",
      .title = "OpenSearch domain is not placed in a VPC",
      .resource_types = {"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
      .what = "An OpenSearch Service or Elasticsearch domain without VPCOptions, or whose "
              "VPCOptions.SubnetIds is absent or an empty list.",
      .why = "A domain outside a VPC has a public endpoint, reachable from the whole internet and "
             "protected only by its access policy; inside a VPC, security groups and routing keep "
             "it private.",
      .fix_cfn = "VPCOptions:\n"
                 "  SubnetIds: [!Ref PrivateSubnetA]\n"
                 "  SecurityGroupIds: [!Ref SearchSecurityGroup]",
      .fix_cdk = "new opensearch.Domain(this, 'Search', { vpc, vpcSubnets: [{ subnetType: "
                 "ec2.SubnetType.PRIVATE_WITH_EGRESS }], ... })",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const Resource& domain) const override {
    const Value* options = domain.property("VPCOptions");
    if (options == nullptr) return Verdict::violation(nullptr, "the domain has no VPC options");
    const Value* subnets = js::get(options, "SubnetIds");
    if (subnets == nullptr || length_is_zero(subnets))
      return Verdict::violation(subnets != nullptr ? subnets : options, "the domain is placed in no subnet");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(DomainNotInVpc)

}  // namespace infralint::rules::aws::opensearchservice
