// IAM policy documents, which Terraform holds as JSON text (jsonencode output in a
// plan, a literal or interpolated string in *.tf.json), read into a Value tree.
#pragma once

#include <optional>

#include "infralint/model/value.hpp"

namespace infralint::loaders::detail::terraform {

// The document `policy` spells, every node placed at the policy string (a JSON
// string has no finer positions a reviewer can open). A string joined from text and
// references (*.tf.json's "${aws_s3_bucket.b.arn}" inside the JSON) keeps those
// references as Ref/GetAtt/Fn::Join in the statements. An unknown, a reference or
// text that is not JSON reads as {"Statement": <unknown marker>}, so rules reading
// the statements answer unresolved; nullopt when `policy` is nullptr.
std::optional<model::Value> parse_policy(const model::Value* policy);

// Any other JSON-text attribute (an SQS redrive policy, an EMR security
// configuration), read the same way; nullopt when `text` is nullptr, unknown, a
// reference or not JSON, so the adapter decides what an unreadable value becomes.
std::optional<model::Value> parse_json_text(const model::Value* text);

}  // namespace infralint::loaders::detail::terraform
