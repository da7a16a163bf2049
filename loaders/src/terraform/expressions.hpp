// Terraform's string templates in *.tf.json ("${var.x}", "arn:${aws_s3_bucket.b.arn}/*")
// evaluated as far as is possible without running Terraform.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "infralint/model/value.hpp"
#include "terraform/resource.hpp"

namespace infralint::loaders::detail::terraform {

class ConfigurationScope {
 public:
  // Variable defaults, locals and the managed resources the file declares.
  std::unordered_map<std::string, const model::Value*> variables;  // name -> the variable block
  std::unordered_map<std::string, const model::Value*> locals;     // name -> its value
  std::unordered_set<std::string> resources;                       // "type.name"

  // A copy of an attribute value with its templates evaluated: a whole-string
  // "${var.x}" or "${local.y}" is the default or local (Origin::Defaulted, placed at
  // the string); "${type.name.attr}" is a Ref (or Fn::GetAtt Arn for .arn) to that
  // resource; text mixing literals and references is an Fn::Join; anything else (a
  // function call, a data source, a module output, a template directive) is the
  // unknown marker. Every resource the value mentions is added to `into`'s references
  // under `attribute`.
  model::Value evaluate(const model::Value& value, std::string_view attribute, TerraformResource& into) const;

 private:
  model::Value evaluate_at(const model::Value& value, std::string_view attribute, TerraformResource& into,
                           int depth) const;
  model::Value evaluate_string(const model::Value& text, std::string_view attribute, TerraformResource& into,
                               int depth) const;
  model::Value evaluate_expression(std::string_view expression, model::Location at, std::string_view attribute,
                                   TerraformResource& into, int depth) const;
  void note_references(std::string_view expression, std::string_view attribute, TerraformResource& into) const;
};

}  // namespace infralint::loaders::detail::terraform
