#include "aws/glue/security_configuration.hpp"

#include <string>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/common/same_stack.hpp"

namespace infralint::rules::aws::glue {

using model::Resource;
using model::Value;

namespace {

// cdk-nag compares the configuration's Name unresolved: an intrinsic there is a token,
// which nothing the job or crawler names can equal.
bool is_named(const Resource& configuration, const Referent& named) {
  const Value* name = configuration.property("Name");
  return named.is(configuration.id) || (!js::is_object(name) && named.same_as(name));
}

}  // namespace

Verdict judge_security_configuration(const Resource& user, const Value* reference,
                                     bool (*encrypts)(const Resource& configuration), std::string_view what) {
  const Referent named = Referent::of(reference);
  if (js::is_nullish(named.value())) return Verdict::violation(reference, "no security configuration is used");
  for (const Resource* configuration : same_stack(user, {"AWS::Glue::SecurityConfiguration"}))
    if (is_named(*configuration, named) && encrypts(*configuration)) return Verdict::compliant();
  return Verdict::violation(reference, "the security configuration used does not " + std::string(what));
}

}  // namespace infralint::rules::aws::glue
