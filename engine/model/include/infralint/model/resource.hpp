// One resource of a stack: a CloudFormation resource, a Kubernetes object or a
// Terraform resource adapted into CloudFormation's shape.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "infralint/model/value.hpp"

namespace infralint::model {

class Resource;
struct Stack;

// One outgoing edge, found by the loader; Graph::link() fills `target`.
struct Reference {
  enum class Kind : std::uint8_t { Ref, GetAtt, Sub, DependsOn, ImportValue, Other };
  Kind kind = Kind::Ref;
  std::string name;            // logical id, export name or address as written
  const Value* at = nullptr;   // the value that spells the reference
  const Resource* target = nullptr;  // the resource it names, when it is one
};

// Filled by loaders and Graph::link(); rules only ever see it const.
class Resource {
 public:
  std::string id;              // logical id, kind/namespace/name, or Terraform address
  std::string type;            // AWS::S3::Bucket, apps/v1/Deployment, ...
  std::string construct_path;  // CDK construct path ("Stack/Bucket/Resource") when known
  // The CDK class that made it ("aws-cdk-lib.aws_s3.CfnBucket"), from the assembly's
  // tree.json; "" when unknown (plain templates). A plain CfnResource of a known type
  // is not the L1 class, and cdk-nag's instanceof checks pass it over.
  std::string construct_fqn;
  const Value* node = nullptr;  // the whole resource entry ({Type, Properties, ...})
  Location location;            // the resource's key (its logical id)
  Location type_location;       // its Type line: where a missing property is reported
  std::vector<Reference> references;        // outgoing, in document order
  std::vector<const Resource*> referrers_;  // incoming, in graph order (see referrers())
  const Stack* stack = nullptr;

  // The resource's Properties (a null value when absent).
  const Value& properties() const;
  // The resource's Metadata (a null value when absent).
  const Value& metadata() const;
  // A value below the resource entry: at("/Properties/BucketName").
  const Value* at(std::string_view pointer) const { return node ? node->at(pointer) : nullptr; }
  // A property by name; nullptr when absent.
  const Value* property(std::string_view name) const { return properties().find(name); }
  // The Condition name the resource is created under, "" when unconditional.
  std::string_view condition() const;

  // Resources of the same scan that reference this one (Ref, GetAtt, Sub, DependsOn).
  std::span<const Resource* const> referrers() const { return referrers_; }
  // Those of one type: "the bucket policies that reference this bucket".
  std::vector<const Resource*> referrers(std::string_view of_type) const;
  // Resources this one references, of one type, in document order, without repeats.
  std::vector<const Resource*> referenced(std::string_view of_type) const;

  // The JSON pointer, relative to the resource entry, of `value` if it lies inside
  // this resource ("/Properties/X"); "" when it does not.
  std::string pointer_of(const Value* value) const;
};

}  // namespace infralint::model
