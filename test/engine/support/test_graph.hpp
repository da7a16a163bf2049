// Builds graphs for engine tests from JSON text, without the loaders: each template
// becomes a Stack whose Resources point into its document.
//
// Positions are made up but distinct: every key and every value gets the next line
// number in document order (column = nesting depth + 1), so a test can tell a key's
// line from its value's without hard-coding either.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "infralint/model/graph.hpp"

namespace infralint::testing {

model::Value parse_json(std::string_view json, std::uint32_t file_id = 0);

// Adds a CloudFormation stack named `name`, read from `json`, registered as `file`.
// Call graph.link() after the last one.
model::Stack& add_stack(model::Graph& graph, std::string name, std::string file, std::string_view json);

}  // namespace infralint::testing
