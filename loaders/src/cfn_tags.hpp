// CloudFormation's YAML short-form tags and the long-form keys they stand for.
#pragma once

#include <optional>
#include <string_view>

namespace infralint::loaders::detail {

// The long-form key for a short-form tag as yaml-cpp reports it: "!Ref" -> "Ref",
// "!Condition" -> "Condition", "!Sub" -> "Fn::Sub". nullopt for any other tag.
std::optional<std::string_view> intrinsic_for_tag(std::string_view tag);

}  // namespace infralint::loaders::detail
