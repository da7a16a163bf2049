// Terraform addresses and references as text: module.net["a"].aws_s3_bucket.logs[0],
// aws_iam_role.app.arn, var.name, module.net.bucket_id.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace infralint::loaders::detail::terraform {

// A resource address split at its last module step: module "module.net[\"a\"]"
// ("" at the root) and resource "aws_s3_bucket.logs[0]" ("data.x.y" for data).
struct SplitAddress {
  std::string_view module;
  std::string_view resource;
};
SplitAddress split_address(std::string_view address);

// The module path without instance keys ("module.net.module.db"): how the plan's
// configuration section names a module whatever count/for_each made of it.
std::string module_without_keys(std::string_view module);

// "aws_s3_bucket.logs[0]" -> "aws_s3_bucket.logs"; an address without a key is returned as is.
std::string_view without_instance_key(std::string_view resource);
// "aws_s3_bucket.logs[0]" -> "[0]"; "" without a key.
std::string_view instance_key(std::string_view resource);

// One entry of an expression's "references" (plans) or one ${...} operand (*.tf.json).
struct ParsedReference {
  enum class Kind { Resource, Data, Variable, Local, ModuleOutput, Other };
  Kind kind = Kind::Other;
  std::string target;     // Resource: "aws_s3_bucket.logs[0]"; Data: "data.t.n"; Variable/Local: the name;
                          // ModuleOutput: "module.net"
  std::string attribute;  // "id", "arn"; ModuleOutput: the output name; "" when none
};
// Reads a traversal such as aws_s3_bucket.logs[0].arn or var.x. Anything that is not
// a plain traversal (a function call, an operator) is Kind::Other.
ParsedReference parse_reference(std::string_view text);

// "module.net" + "aws_s3_bucket.logs" -> "module.net.aws_s3_bucket.logs".
std::string join_address(std::string_view module, std::string_view resource);

}  // namespace infralint::loaders::detail::terraform
