#include "aws/common/nag_rule.hpp"

#include "aws/common/cannot_validate.hpp"

namespace infralint::rules::aws {

namespace {
// A rule judging one resource may trip over a value of another (a bucket's verdict
// depends on its policy's statements); the finding still belongs to the resource
// judged, so only values inside it locate the finding.
const model::Value* inside(const model::Resource& resource, const model::Value* at) {
  return at != nullptr && !resource.pointer_of(at).empty() ? at : nullptr;
}
}  // namespace

void NagRule::check(const model::Resource& resource, model::Sink& sink) const {
  Verdict verdict = Verdict::compliant();
  try {
    verdict = judge(resource);
  } catch (const CannotValidate& stop) {
    sink.unresolved(resource, inside(resource, stop.at()), stop.what());
    return;
  }
  switch (verdict.kind()) {
    case Verdict::Kind::Compliant: return;
    case Verdict::Kind::NotApplicable: sink.not_applicable(resource); return;
    case Verdict::Kind::NonCompliant:
      for (const Verdict::Finding& finding : verdict.findings())
        sink.report(resource, inside(resource, finding.at), finding.detail, finding.granular_id);
      return;
  }
}

}  // namespace infralint::rules::aws
