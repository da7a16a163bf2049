// The rule registry (rules.def) and every pack table, as plain lists.
#pragma once

#include <span>
#include <string_view>

#include "infralint/model/pack.hpp"
#include "infralint/model/rule.hpp"

namespace infralint::rules {

// Every rule, sorted by internal id.
std::span<const model::Rule* const> all_rules();
// Every pack entry of every pack, pack by pack, in each pack's own order.
std::span<const model::PackEntry> all_pack_entries();
// The version of cdk-nag whose logic the cdk-nag packs follow.
inline constexpr std::string_view kCdkNagVersion = "2.38.2";

}  // namespace infralint::rules
