#include "aws/common/nag_rule.hpp"

#include "aws/common/cannot_validate.hpp"

namespace infralint::rules::aws {

std::string default_l1_class(std::string_view type) {
  if (!type.starts_with("AWS::")) return {};
  const std::string_view rest = type.substr(5);
  const std::size_t sep = rest.find("::");
  if (sep == std::string_view::npos) return {};
  std::string fqn = "aws-cdk-lib.aws_";
  for (char c : rest.substr(0, sep)) fqn += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  fqn += ".Cfn";
  fqn += rest.substr(sep + 2);
  return fqn;
}

void NagRule::check(const model::Resource& resource, model::Sink& sink) const {
  // cdk-nag judges only instances of the L1 class; when the assembly says which class
  // made the resource (tree.json), anything else (a plain CfnResource of the same
  // type, a class from another module) is not applicable, as in cdk-nag.
  if (!resource.construct_fqn.empty()) {
    const std::string_view wanted = l1_class(resource.type);
    if (wanted.empty() ? resource.construct_fqn != default_l1_class(resource.type) : resource.construct_fqn != wanted) {
      sink.not_applicable(resource);
      return;
    }
  }
  Verdict verdict = Verdict::compliant();
  try {
    verdict = judge(resource);
  } catch (const CannotValidate& stop) {
    sink.unresolved(resource, stop.at(), stop.what());
    return;
  }
  switch (verdict.kind()) {
    case Verdict::Kind::Compliant: return;
    case Verdict::Kind::NotApplicable: sink.not_applicable(resource); return;
    case Verdict::Kind::NonCompliant:
      for (const Verdict::Finding& finding : verdict.findings())
        sink.report(resource, finding.at, finding.detail, finding.granular_id);
      return;
  }
}

}  // namespace infralint::rules::aws
