// Building blocks for Terraform values in CloudFormation's shape: the unknown
// marker, references as intrinsics, and reading Terraform's nested blocks (a list of
// objects in a plan, an object or a list of objects in *.tf.json).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "infralint/model/value.hpp"

namespace infralint::loaders::detail::terraform {

// A value Terraform only knows after apply (a plan's after_unknown, a function call
// in *.tf.json). It is spelled as an intrinsic, {"Fn::Unknown": "known after apply"},
// marked Origin::Unresolved: rules ported from cdk-nag treat any intrinsic as "cannot
// validate" where a literal is needed, and model::resolve() as unresolved, so an
// unknown never passes or fails by accident. A null or scalar marked Unresolved would
// read as a literal to those rules.
model::Value unknown_value(model::Location at);
bool is_unknown(const model::Value& v);

// {"Ref": address}: the id or name of another resource of the file.
model::Value ref_to(std::string_view address, model::Location at);
// {"Fn::GetAtt": [address, attribute]}: its ARN ("Arn") or another attribute.
model::Value get_att(std::string_view address, std::string_view attribute, model::Location at);
// What a reference to `address`.`attribute` reads as: GetAtt Arn for "arn", a Ref
// for everything else (id, name, bucket...), as CloudFormation spells them.
model::Value reference_value(std::string_view address, std::string_view attribute, model::Location at);

// A member of an object, nullptr when absent or null (Terraform's "not set").
const model::Value* attribute(const model::Value* object, std::string_view name);

// The objects of a nested block: a list of objects (plans, and *.tf.json), or one
// object (*.tf.json's short form). Empty when absent.
std::vector<const model::Value*> blocks(const model::Value* object, std::string_view name);
// The first of them, nullptr when none: for blocks Terraform allows once.
const model::Value* first_block(const model::Value* object, std::string_view name);

// Object building with positions: key locations come from the value's own.
class ObjectBuilder {
 public:
  // Add `key` unless the value is nullptr or null: Terraform's "not set".
  ObjectBuilder& copy(std::string key, const model::Value* v);
  ObjectBuilder& set(std::string key, model::Value v);
  bool empty() const { return members_.empty(); }
  model::Value build(model::Location at);

 private:
  model::Value::Object members_;
};

}  // namespace infralint::loaders::detail::terraform
