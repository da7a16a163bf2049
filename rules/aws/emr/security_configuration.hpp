// How cdk-nag's EMR4 and EMR5 find the security configuration an EMR cluster uses: an
// AWS::EMR::SecurityConfiguration of the cluster's stack whose logical id the cluster's
// SecurityConfiguration names (by Ref or Fn::GetAtt), or whose Name it equals.
#pragma once

#include "aws/common/nag_rule.hpp"
#include "infralint/model/resource.hpp"

namespace infralint::rules::aws::emr {

// Judges `cluster`: a violation when it names no security configuration, or when no
// configuration it names has a document (the SecurityConfiguration JSON, as written)
// for which `enables` is true. `what` completes "the cluster's security configuration
// does not ..." in the finding.
Verdict judge_security_configuration(const model::Resource& cluster, bool (*enables)(const model::Value* document),
                                     std::string_view what);

}  // namespace infralint::rules::aws::emr
