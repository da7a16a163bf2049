// How a YAML scalar becomes a typed value: YAML 1.2's core schema for plain scalars,
// which is also how CloudFormation reads them (an unquoted 2010-09-09 is a string,
// `yes` is a string, `012` is a number that keeps its text).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "infralint/model/value.hpp"

namespace infralint::loaders::detail {

// The kind a plain (unquoted, untagged) scalar resolves to: Null, Bool, Number or String.
model::Value::Kind plain_scalar_kind(std::string_view text);

// The value of a plain scalar.
model::Value plain_scalar(std::string text, model::Location at);

// The value of a scalar with a standard tag ("tag:yaml.org,2002:int", ...), or
// nullopt when the tag is not one of the standard scalar tags. Sets `error` when the
// text does not fit the tag (`!!bool maybe`).
std::optional<model::Value> standard_tagged_scalar(std::string_view tag, std::string text, model::Location at,
                                                   std::string& error);

// True for the standard collection tags (!!map, !!seq, !!omap, !!set, !!pairs) and the
// non-specific ones ("?" and "!").
bool is_plain_collection_tag(std::string_view tag);

}  // namespace infralint::loaders::detail
