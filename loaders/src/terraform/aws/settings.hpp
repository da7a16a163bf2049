// Reading the plain settings database-like resources carry (a flag, a port, a retention
// period): the provider's default where the configuration leaves one out, Terraform's
// string-to-bool conversion, and the one-switch blocks (`point_in_time_recovery {
// enabled = true }`) CloudFormation spells as a small object.
#pragma once

#include <string>
#include <string_view>

#include "infralint/model/value.hpp"
#include "terraform/adapter.hpp"

namespace infralint::loaders::detail::terraform::aws {

// A bool attribute as Terraform reads it: the strings "true"/"false" (legal in
// *.tf.json, converted by Terraform) become booleans, so rules that test truthiness do
// not read the string "false" as on. Anything else (an unknown, a reference) is
// returned as it is; nullptr in, null out.
model::Value flag(const model::Value* v);

// The attribute, or, when the configuration leaves it out, `fallback` marked as the
// provider's default (Origin::Defaulted, placed at the resource). Only for attributes
// whose schema has a fixed Default: a value the AWS API picks is not known here.
model::Value with_default(const AdapterContext& ctx, std::string_view name, model::Value fallback);
// The same for a bool attribute, through flag().
model::Value flag_with_default(const AdapterContext& ctx, std::string_view name, bool fallback);

// A block holding one switch (`<block> { <attribute> = ... }`) as {<key>: value}. A
// block Terraform does not know yet (unknown as a whole) becomes {<key>: unknown}, so
// a rule reading the switch answers unresolved instead of seeing no switch. Null when
// the block is absent or sets no switch.
model::Value switch_block(const AdapterContext& ctx, std::string_view block, std::string_view attribute,
                          std::string key);

}  // namespace infralint::loaders::detail::terraform::aws
