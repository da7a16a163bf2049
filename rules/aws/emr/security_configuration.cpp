#include "aws/emr/security_configuration.hpp"

#include <string>

#include "aws/common/js_values.hpp"
#include "aws/common/nag_rules.hpp"
#include "aws/common/same_stack.hpp"

namespace infralint::rules::aws::emr {

using model::Resource;
using model::Value;

namespace {

// cdk-nag compares the configuration's Name unresolved: an intrinsic there is a token,
// which nothing the cluster names can equal.
bool is_named(const Resource& configuration, const Referent& named) {
  const Value* name = configuration.property("Name");
  return named.is(configuration.id) || (!js::is_object(name) && named.same_as(name));
}

}  // namespace

Verdict judge_security_configuration(const Resource& cluster, bool (*enables)(const Value* document),
                                     std::string_view what) {
  const Value* written = cluster.property("SecurityConfiguration");
  const Referent named = Referent::of(written);
  if (js::is_nullish(named.value()))
    return Verdict::violation(written, "the cluster uses no security configuration");
  for (const Resource* configuration : same_stack(cluster, {"AWS::EMR::SecurityConfiguration"}))
    if (is_named(*configuration, named) && enables(configuration->property("SecurityConfiguration")))
      return Verdict::compliant();
  return Verdict::violation(written, "the cluster's security configuration does not " + std::string(what));
}

}  // namespace infralint::rules::aws::emr
