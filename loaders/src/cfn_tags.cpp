#include "cfn_tags.hpp"

#include <array>
#include <utility>

namespace infralint::loaders::detail {

namespace {
// Every short form CloudFormation accepts: the intrinsic functions, the condition
// functions, the AWS::LanguageExtensions ones that have a short form (Length,
// ToJsonString) and the rule functions of template Rules (Contains, EachMember*,
// ValueOf, RefAll, ValueOfAll).
constexpr std::array<std::pair<std::string_view, std::string_view>, 26> kTags{{
    {"!And", "Fn::And"},
    {"!Base64", "Fn::Base64"},
    {"!Cidr", "Fn::Cidr"},
    {"!Condition", "Condition"},
    {"!Contains", "Fn::Contains"},
    {"!EachMemberEquals", "Fn::EachMemberEquals"},
    {"!EachMemberIn", "Fn::EachMemberIn"},
    {"!Equals", "Fn::Equals"},
    {"!FindInMap", "Fn::FindInMap"},
    {"!GetAZs", "Fn::GetAZs"},
    {"!GetAtt", "Fn::GetAtt"},
    {"!If", "Fn::If"},
    {"!ImportValue", "Fn::ImportValue"},
    {"!Join", "Fn::Join"},
    {"!Length", "Fn::Length"},
    {"!Not", "Fn::Not"},
    {"!Or", "Fn::Or"},
    {"!Ref", "Ref"},
    {"!RefAll", "Fn::RefAll"},
    {"!Select", "Fn::Select"},
    {"!Split", "Fn::Split"},
    {"!Sub", "Fn::Sub"},
    {"!ToJsonString", "Fn::ToJsonString"},
    {"!Transform", "Fn::Transform"},
    {"!ValueOf", "Fn::ValueOf"},
    {"!ValueOfAll", "Fn::ValueOfAll"},
}};
}  // namespace

std::optional<std::string_view> intrinsic_for_tag(std::string_view tag) {
  for (const auto& [short_form, long_form] : kTags)
    if (short_form == tag) return long_form;
  return std::nullopt;
}

}  // namespace infralint::loaders::detail
