// The loop the Elastic Beanstalk ports share: cdk-nag walks an environment's
// OptionSettings with `for...of`, reads namespace, optionName and value of each entry,
// and stops at the first entry that settles its question. Entries after that point are
// never read, so a malformed one there cannot make the rule give up.
#pragma once

#include "aws/common/js_values.hpp"
#include "infralint/model/value.hpp"

namespace infralint::rules::aws::elasticbeanstalk {

struct OptionSetting {
  const model::Value* namespace_name;  // Namespace (cdk-nag's `namespace`)
  const model::Value* option_name;     // OptionName
  const model::Value* value;           // Value; nullptr when absent
};

// Calls `visit(setting)` for each entry of `settings` until it returns true. Throws
// CannotValidate where the JavaScript loop throws: `settings` is not iterable (an
// intrinsic, null) or an entry is null.
template <class Visit>
void visit_option_settings(const model::Value* settings, Visit&& visit) {
  for (const model::Value* entry : js::Elements(settings)) {
    const OptionSetting setting{js::get(entry, "Namespace"), js::get(entry, "OptionName"), js::get(entry, "Value")};
    if (visit(setting)) return;
  }
}

}  // namespace infralint::rules::aws::elasticbeanstalk
