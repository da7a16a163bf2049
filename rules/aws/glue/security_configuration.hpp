// How cdk-nag's GL1 and GL3 find the security configuration a Glue job or crawler
// uses: an AWS::Glue::SecurityConfiguration of the same stack whose logical id the
// reference names (by Ref or Fn::GetAtt), or whose Name it equals.
#pragma once

#include "aws/common/nag_rule.hpp"
#include "infralint/model/resource.hpp"

namespace infralint::rules::aws::glue {

// Judges `user` (a job or a crawler) through `reference`, its security configuration
// property: a violation when it names none, or when no configuration it names has
// an EncryptionConfiguration for which `encrypts` is true. `encrypts` may throw
// CannotValidate, as cdk-nag's check throws. `what` completes "the security
// configuration does not ..." in the finding.
Verdict judge_security_configuration(const model::Resource& user, const model::Value* reference,
                                     bool (*encrypts)(const model::Resource& configuration), std::string_view what);

}  // namespace infralint::rules::aws::glue
