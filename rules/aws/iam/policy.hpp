// Reading resource policies the way cdk-nag's "requests must use TLS" rules do
// (S3BucketSSLRequestsOnly, SQSQueueSSLRequestsOnly, SNSTopicSSLPublishOnly): they
// share the statement test below and differ in which actions count.
#pragma once

#include <string_view>

#include "aws/common/js_values.hpp"
#include "infralint/model/value.hpp"

namespace infralint::rules::aws::iam {

// `for (const statement of policyDocument.Statement)`: throws CannotValidate when the
// document is absent or null, or its Statement is not a list (a single statement
// object is not iterable, as in cdk-nag).
js::Elements statements_of(const model::Value* document);

// Which actions a TLS-only statement must cover.
struct ActionTest {
  bool star_counts;           // a bare "*" covers everything
  std::string_view lowered;   // the action, compared after toLowerCase(): "s3:*"
};

// checkMatchingAction: one of the statement's actions passes `test`. Throws where
// cdk-nag calls toLowerCase() on something that is not a string.
bool covers_action(const model::Value* actions, const ActionTest& test);

// checkMatchingPrincipal: the principal is "*" or its AWS member holds "*". Throws when
// the principal is absent or null.
bool principal_is_everyone(const model::Value* principal);

// The common part of isCompliantPolicy: Effect Deny, the actions, everyone, and
// Condition.Bool["aws:SecureTransport"] false (or "false"), tested in cdk-nag's order.
bool denies_insecure_transport(const model::Value* statement, const ActionTest& actions);

}  // namespace infralint::rules::aws::iam
