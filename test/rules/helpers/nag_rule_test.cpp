#include "aws/common/nag_rule.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace infralint::rules::aws {
namespace {

TEST(DefaultL1Class, IsTheAwsCdkLibClassOfTheType) {
  EXPECT_EQ(default_l1_class("AWS::S3::Bucket"), "aws-cdk-lib.aws_s3.CfnBucket");
  EXPECT_EQ(default_l1_class("AWS::ElasticLoadBalancingV2::LoadBalancer"),
            "aws-cdk-lib.aws_elasticloadbalancingv2.CfnLoadBalancer");
  EXPECT_EQ(default_l1_class("AWS::RDS::DBInstance"), "aws-cdk-lib.aws_rds.CfnDBInstance");
  EXPECT_EQ(default_l1_class("Custom::Thing"), "");
  EXPECT_EQ(default_l1_class("AWS::Broken"), "");
}

// Always non-compliant, so any silence comes from the class check.
class AlwaysFires final : public NagRule {
 public:
  static constexpr model::RuleMeta kMeta{.id = "test-always", .title = "t", .resource_types = {"AWS::S3::Bucket"}};
  const model::RuleMeta& meta() const override { return kMeta; }

 protected:
  Verdict judge(const model::Resource&) const override { return Verdict::violation(nullptr, "fired"); }
};

struct CountingSink final : model::Sink {
  int reports = 0, not_applicable_count = 0;
  void report(const model::Resource&, const model::Value*, std::string, std::string) override { ++reports; }
  void unresolved(const model::Resource&, const model::Value*, std::string) override {}
  void not_applicable(const model::Resource&) override { ++not_applicable_count; }
};

TEST(NagRule, JudgesOnlyTheL1ClassWhenTheAssemblyNamesTheClass) {
  AlwaysFires rule;
  model::Resource resource;
  resource.type = "AWS::S3::Bucket";
  CountingSink unknown_class;
  rule.check(resource, unknown_class);  // plain template: no class known
  EXPECT_EQ(unknown_class.reports, 1);

  resource.construct_fqn = "aws-cdk-lib.aws_s3.CfnBucket";
  CountingSink l1;
  rule.check(resource, l1);
  EXPECT_EQ(l1.reports, 1);

  resource.construct_fqn = "aws-cdk-lib.CfnResource";
  CountingSink plain;
  rule.check(resource, plain);
  EXPECT_EQ(plain.reports, 0);
  EXPECT_EQ(plain.not_applicable_count, 1);
}

}  // namespace
}  // namespace infralint::rules::aws
