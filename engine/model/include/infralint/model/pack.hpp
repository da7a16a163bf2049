// A pack binds rules to public ids, levels and wording: AwsSolutions-S1 is the
// S3 access-logging rule at level Error. One rule serves every pack that uses it.
#pragma once

#include <string_view>

#include "infralint/model/level.hpp"

namespace infralint::model {

struct PackEntry {
  std::string_view pack;       // "AwsSolutions"
  std::string_view public_id;  // "AwsSolutions-S1": cdk-nag's id, byte for byte
  std::string_view rule_id;    // internal rule id it binds
  Level level;
  std::string_view message;    // the finding's headline, in our words
};

}  // namespace infralint::model
