// The adapter interface: one function per Terraform resource type that builds the
// CloudFormation Type and Properties the AWS rules read. Adapters are listed in
// adapters.def; docs/terraform.md ("Writing an adapter") explains how to add one.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "infralint/model/value.hpp"
#include "terraform/resource.hpp"

namespace infralint::loaders::detail::terraform {

// What an adapter makes of a resource: its CloudFormation type and Properties (an
// object). Values copied from Terraform keep their positions.
struct Adapted {
  std::string type;
  model::Value properties;

  // A resource CloudFormation models apart that Terraform writes inline on this one
  // (an SQS queue's `policy` is an AWS::SQS::QueuePolicy there). It joins the stack
  // as "<address>/<name>", so rules that look for it beside the parent find it.
  struct Companion {
    std::string name;
    std::string type;
    model::Value properties;
  };
  std::vector<Companion> companions = {};
};

// Every resource of one Terraform file, for adapters that fold in satellites.
class ResourceIndex {
 public:
  explicit ResourceIndex(const std::vector<TerraformResource>& resources);

  const TerraformResource* find(std::string_view address) const;
  // This file's resources of one Terraform type, in reading order.
  std::span<const TerraformResource* const> of_type(std::string_view type) const;

  // The resources of `type` whose `attribute` configures `target`: its expression
  // refers to `target`, or its value is the literal `key` (target's name, say). In
  // reading order, without repeats.
  std::vector<const TerraformResource*> configuring(const TerraformResource& target, std::string_view type,
                                                    std::string_view attribute, const model::Value* key) const;

 private:
  std::unordered_map<std::string_view, const TerraformResource*> by_address_;
  std::unordered_map<std::string_view, std::vector<const TerraformResource*>> by_type_;
  // Built once, so folding stays linear in the file's size: "<type>\0<attribute>\0<target
  // address>" and "<type>\0<attribute>\0<literal>" -> the resources, in reading order.
  std::unordered_map<std::string, std::vector<const TerraformResource*>> by_reference_;
  std::unordered_map<std::string, std::vector<const TerraformResource*>> by_literal_;
};

class AdapterContext {
 public:
  AdapterContext(const TerraformResource& resource, const ResourceIndex& index) : resource_(resource), index_(index) {}

  const TerraformResource& resource() const { return resource_; }
  const ResourceIndex& index() const { return index_; }
  // The resource's attributes (an object).
  const model::Value& values() const { return resource_.values; }
  // One attribute; nullptr when absent or null.
  const model::Value* attribute(std::string_view name) const;
  // Where a value made up by the adapter (a default, a constant) is placed.
  model::Location location() const { return resource_.type_location; }

  // The attribute as a Ref to the one resource of Terraform type `target_type` its
  // expression refers to (a policy's `role`, `bucket`), so rules match it by address
  // whether or not the plan knows the name; otherwise the value as written.
  model::Value reference_or_value(std::string_view attribute, std::string_view target_type) const;

  // Satellites: resources of `type` whose `attribute` names this resource by
  // reference, or by the literal value of this resource's own `key_attribute`
  // (aws_s3_bucket_versioning.bucket = "<this bucket's bucket>").
  std::vector<const TerraformResource*> satellites(std::string_view type, std::string_view attribute,
                                                   std::string_view key_attribute) const;

 private:
  const TerraformResource& resource_;
  const ResourceIndex& index_;
};

using Adapter = std::optional<Adapted> (*)(const AdapterContext&);

// The adapter of a Terraform type, nullptr when there is none: the resource then
// stays in the graph under its Terraform type, which no AWS rule judges.
Adapter find_adapter(std::string_view terraform_type);
// Every Terraform type with an adapter, in the order of adapters.def (sorted).
std::vector<std::string_view> adapted_types();

}  // namespace infralint::loaders::detail::terraform
