// Builds model::Value trees from JSON text for the helper tests, keeping key order.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "infralint/model/value.hpp"

namespace infralint::test {

inline model::Value to_value(const nlohmann::ordered_json& j) {
  using model::Value;
  switch (j.type()) {
    case nlohmann::ordered_json::value_t::null: return Value::null();
    case nlohmann::ordered_json::value_t::boolean: return Value::boolean(j.get<bool>());
    case nlohmann::ordered_json::value_t::string: return Value::string(j.get<std::string>());
    case nlohmann::ordered_json::value_t::array: {
      Value::Array items;
      for (const auto& item : j) items.push_back(to_value(item));
      return Value::array(std::move(items));
    }
    case nlohmann::ordered_json::value_t::object: {
      Value::Object members;
      for (const auto& [key, item] : j.items()) members.push_back(model::Member{key, {}, to_value(item)});
      return Value::object(std::move(members));
    }
    default: return Value::number(j.dump());
  }
}

inline model::Value json(std::string_view text) { return to_value(nlohmann::ordered_json::parse(text)); }

}  // namespace infralint::test
