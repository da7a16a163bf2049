// One Terraform resource instance as the readers hand it to the adapters: its
// address, its attribute values (positions kept) and which resources each attribute
// refers to. Plans and *.tf.json files both read into this shape, so an adapter is
// written once for both.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "infralint/model/value.hpp"

namespace infralint::loaders::detail::terraform {

struct TerraformResource {
  std::string address;  // module.net.aws_s3_bucket.logs["a"]: Resource::id, exactly
  std::string type;     // aws_s3_bucket
  std::string name;     // logs
  // Attributes, an object. A value not known before apply is an unknown marker
  // (values.hpp); a value that names another resource of the file and is not known
  // is {"Ref": address} or {"Fn::GetAtt": [address, "Arn"]}.
  model::Value values;
  model::Location location;       // the address (plan) or the resource's name key (.tf.json)
  model::Location type_location;  // where a finding about a missing property points
  std::string construct_path;     // cdktf's "//" metadata path, when present
  // Per top-level attribute, the addresses of the resources of this file its
  // expression refers to (in the order written, without repeats). Satellite
  // resources are matched to the resource they configure through these.
  std::vector<std::pair<std::string, std::vector<std::string>>> references;
  // depends_on, and references whose attribute is not known: edges only.
  std::vector<std::string> other_references;

  const std::vector<std::string>& references_of(std::string_view attribute) const {
    static const std::vector<std::string> kNone;
    for (const auto& [attr, targets] : references)
      if (attr == attribute) return targets;
    return kNone;
  }
  void add_reference(std::string_view attribute, std::string target) {
    for (auto& [attr, targets] : references) {
      if (attr != attribute) continue;
      for (const std::string& t : targets)
        if (t == target) return;
      targets.push_back(std::move(target));
      return;
    }
    references.emplace_back(std::string(attribute), std::vector<std::string>{std::move(target)});
  }
};

}  // namespace infralint::loaders::detail::terraform
