// The JSON value type the JSON and SARIF writers share.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace infralint::reporters::detail {

// Insertion order is the key order of the output: fixed, and readable.
using Json = nlohmann::ordered_json;

// A JSON string that is valid UTF-8 whatever the input bytes were (U+FFFD for
// each ill-formed sequence).
Json json_text(std::string_view text);

}  // namespace infralint::reporters::detail
