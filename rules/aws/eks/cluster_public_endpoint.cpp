// AwsSolutions-EKS1 (cdk-nag EKSClusterNoEndpointPublicAccess): an EKS cluster's
// Kubernetes API should not be reachable from the internet.
#include "aws/common/js_values.hpp"
#include "aws/common/nag_rule.hpp"
#include "aws/common/nag_rules.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::aws::eks {

using model::Resource;
using model::Value;

namespace {
// The aws-eks L2 Cluster creates its cluster through a custom resource; cdk-nag reads
// that resource's raw properties, whose keys are camelCase as the handler expects.
constexpr std::string_view kCustomCluster = "Custom::AWSCDK-EKS-Cluster";
}  // namespace

class ClusterPublicEndpoint final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "aws-eks-cluster-public-endpoint",
      .title = "EKS cluster API endpoint is publicly accessible",
      .resource_types = {"AWS::EKS::Cluster", "Custom::AWSCDK-EKS-Cluster"},
      .what = "An AWS::EKS::Cluster whose ResourcesVpcConfig.EndpointPublicAccess is not the boolean "
              "false (EKS makes the endpoint public when it is absent), or a cluster made by the CDK "
              "aws-eks Cluster construct (Custom::AWSCDK-EKS-Cluster) whose "
              "Config.resourcesVpcConfig.endpointPublicAccess is not false.",
      .why = "A public endpoint exposes the Kubernetes API server to the whole internet, where it is "
             "scanned for weak authentication and vulnerable versions. A private endpoint is "
             "reachable only from the VPC and networks connected to it.",
      .fix_cfn = "ResourcesVpcConfig:\n"
                 "  SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]\n"
                 "  EndpointPublicAccess: false\n"
                 "  EndpointPrivateAccess: true",
      .fix_cdk = "new eks.Cluster(this, 'Cluster', { ..., endpointAccess: eks.EndpointAccess.PRIVATE })",
      .cdk_nag_quirks = "Only the boolean false counts as private. A cluster made by the CDK "
                        "aws-eks Cluster construct is judged by the raw camelCase properties of "
                        "its Custom::AWSCDK-EKS-Cluster resource.",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  std::string_view l1_class(std::string_view type) const override {
    // cdk-nag tests the custom resource by its type alone: any CfnResource qualifies.
    return type == kCustomCluster ? "aws-cdk-lib.CfnResource" : std::string_view{};
  }

  Verdict judge(const Resource& cluster) const override {
    const Value* public_access = nullptr;
    if (cluster.type == kCustomCluster) {
      // props?.Config?.resourcesVpcConfig?.endpointPublicAccess
      const Value* config = js::get_optional(&cluster.properties(), "Config");
      public_access = js::get_optional(js::get_optional(config, "resourcesVpcConfig"), "endpointPublicAccess");
    } else {
      // resourcesVpcConfig.endpointPublicAccess: throws when the VPC config is missing.
      public_access = js::get(cluster.property("ResourcesVpcConfig"), "EndpointPublicAccess");
    }
    public_access = resolve_if_primitive(public_access, "EndpointPublicAccess");
    if (!js::is_false(public_access))
      return Verdict::violation(public_access, "the cluster's API endpoint is not made private");
    return Verdict::compliant();
  }
};

INFRALINT_RULE_INSTANCE(ClusterPublicEndpoint)

}  // namespace infralint::rules::aws::eks
