#include "support/test_graph.hpp"

#include <nlohmann/json.hpp>

namespace infralint::testing {

namespace {
using Json = nlohmann::ordered_json;

struct Converter {
  std::uint32_t file_id;
  std::uint32_t next_line = 1;

  model::Location next(std::uint32_t depth) { return {file_id, next_line++, depth + 1}; }

  model::Value convert(const Json& j, std::uint32_t depth) {
    const model::Location at = next(depth);
    switch (j.type()) {
      case Json::value_t::null: return model::Value::null(at);
      case Json::value_t::boolean: return model::Value::boolean(j.get<bool>(), at);
      case Json::value_t::string: return model::Value::string(j.get<std::string>(), at);
      case Json::value_t::array: {
        model::Value::Array items;
        for (const Json& item : j) items.push_back(convert(item, depth + 1));
        return model::Value::array(std::move(items), at);
      }
      case Json::value_t::object: {
        model::Value::Object members;
        for (const auto& [key, value] : j.items()) {
          const model::Location key_at = next(depth + 1);
          members.push_back(model::Member{key, key_at, convert(value, depth + 1)});
        }
        return model::Value::object(std::move(members), at);
      }
      default: return model::Value::number(j.dump(), at);
    }
  }
};
}  // namespace

model::Value parse_json(std::string_view json, std::uint32_t file_id) {
  Converter converter{file_id};
  return converter.convert(Json::parse(json), 0);
}

model::Stack& add_stack(model::Graph& graph, std::string name, std::string file, std::string_view json) {
  auto stack = std::make_unique<model::Stack>();
  stack->name = std::move(name);
  stack->file_id = graph.add_file(file);
  stack->file = std::move(file);
  stack->root = parse_json(json, stack->file_id);
  if (const model::Value* resources = stack->root.find("Resources")) {
    for (const model::Member& entry : resources->members()) {
      model::Resource& r = stack->resources.emplace_back();
      r.id = entry.key;
      r.node = &entry.value;
      r.location = entry.key_location;
      if (const model::Member* type = entry.value.find_member("Type")) {
        r.type = type->value.as_string();
        r.type_location = type->key_location;
      }
      if (const model::Value* path = entry.value.at("/Metadata/aws:cdk:path")) r.construct_path = path->as_string();
    }
  }
  model::Stack& out = *stack;
  graph.add(std::move(stack));
  return out;
}

}  // namespace infralint::testing
