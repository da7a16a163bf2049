// The shape shared by rules ported from cdk-nag: a pure judgement of one resource that
// answers compliant, non-compliant (one finding, or several granular ones) or not
// applicable, and throws CannotValidate wherever the cdk-nag rule throws.
//
// Judging first and reporting afterwards keeps cdk-nag's all-or-nothing behaviour: a
// rule that collects granular findings and then throws reports none of them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "infralint/model/rule.hpp"

namespace infralint::rules::aws {

class Verdict {
 public:
  enum class Kind : std::uint8_t { Compliant, NonCompliant, NotApplicable };
  struct Finding {
    std::string granular_id;  // "" for a rule with one finding per resource
    const model::Value* at = nullptr;
    std::string detail;
  };

  static Verdict compliant() { return Verdict(Kind::Compliant, {}); }
  static Verdict not_applicable() { return Verdict(Kind::NotApplicable, {}); }
  // One finding. `at` is the offending value, nullptr when a property is missing.
  static Verdict violation(const model::Value* at, std::string detail) {
    return Verdict(Kind::NonCompliant, {Finding{{}, at, std::move(detail)}});
  }
  // Granular findings, one per id; no findings means compliant.
  static Verdict findings(std::vector<Finding> found) {
    Kind kind = found.empty() ? Kind::Compliant : Kind::NonCompliant;
    return Verdict(kind, std::move(found));
  }

  Kind kind() const { return kind_; }
  const std::vector<Finding>& findings() const { return findings_; }

 private:
  Verdict(Kind kind, std::vector<Finding> found) : kind_(kind), findings_(std::move(found)) {}
  Kind kind_;
  std::vector<Finding> findings_;
};

class NagRule : public model::Rule {
 public:
  void check(const model::Resource& resource, model::Sink& sink) const final;

 protected:
  virtual Verdict judge(const model::Resource& resource) const = 0;
  // The CDK L1 class cdk-nag's `node instanceof CfnX` names, as a construct fqn.
  // "" (the default) derives it from the type: AWS::S3::Bucket is
  // "aws-cdk-lib.aws_s3.CfnBucket". Override where cdk-nag imports the class from
  // another module (CfnApplicationV2 from aws-kinesisanalytics, say).
  virtual std::string_view l1_class(std::string_view /*type*/) const { return {}; }
};

// "aws-cdk-lib.aws_<service>.Cfn<Name>" for "AWS::<Service>::<Name>"; "" otherwise.
std::string default_l1_class(std::string_view type);

}  // namespace infralint::rules::aws
