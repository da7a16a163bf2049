// How JavaScript turns values into text: String(v) (template literals, regex sources,
// Array.prototype.join) and JSON.stringify. cdk-nag builds granular finding ids and
// matching patterns this way, so the bytes must agree.
#pragma once

#include <optional>
#include <string>

#include "infralint/model/value.hpp"

namespace infralint::rules::aws::js {

using model::Value;

// ToNumber of a primitive; nullopt stands for NaN. Undefined is NaN, null is 0.
std::optional<double> to_number(const Value* v);
// ToNumber of a string: trimmed, "" is 0, 0x/0o/0b prefixes, "Infinity"; else NaN.
std::optional<double> string_to_number(std::string_view text);
// Number::toString: 1.1, 1e+21, 1e-7, -0 -> "0".
std::string number_to_string(double n);
// String(v): "undefined", "null", arrays joined with ",", objects "[object Object]".
std::string to_string(const Value* v);
// JSON.stringify(v), compact; integer-like keys first, as JavaScript objects order them.
std::string stringify(const Value& v);

}  // namespace infralint::rules::aws::js
