#pragma once

#include <string>
#include <string_view>

namespace infralint::engine {

// A stable id of a finding: hashes (rule id, stack, resource id, granular id), never
// a line number, so a baseline survives edits that move code. 16 hex digits.
std::string fingerprint(std::string_view rule_id, std::string_view stack,
                        std::string_view resource_id, std::string_view granular_id);

}  // namespace infralint::engine
