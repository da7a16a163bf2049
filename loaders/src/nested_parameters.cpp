#include "nested_parameters.hpp"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace infralint::loaders::detail {

using model::Location;
using model::Member;
using model::Value;

namespace {

// Gives `value` and everything below it the location `at`.
void place_at(Value& value, Location at) {
  std::vector<Value*> todo{&value};
  while (!todo.empty()) {
    Value* v = todo.back();
    todo.pop_back();
    v->set_location(at);
    if (v->is_array()) {
      for (Value& item : v->items()) todo.push_back(&item);
    } else if (v->is_object()) {
      for (Member& m : v->members()) {
        m.key_location = at;
        todo.push_back(&m.value);
      }
    }
  }
}

}  // namespace

std::size_t substitute_parent_parameters(Value& document, const Value& passed) {
  if (!document.is_object() || !passed.is_object()) return 0;
  const Value* declared = document.find("Parameters");
  if (!declared || !declared->is_object()) return 0;
  // Keys view the declared names, which stay put: the Parameters section is not walked.
  std::unordered_map<std::string_view, const Value*> given;
  for (const Member& parameter : declared->members())
    if (const Value* value = passed.find(parameter.key)) given.emplace(parameter.key, value);
  if (given.empty()) return 0;

  std::size_t replaced = 0;
  std::vector<Value*> todo;
  for (Member& section : document.members())
    if (section.key != "Parameters") todo.push_back(&section.value);
  while (!todo.empty()) {
    Value* v = todo.back();
    todo.pop_back();
    if (v->is_array()) {
      for (Value& item : v->items()) todo.push_back(&item);
      continue;
    }
    if (!v->is_object()) continue;
    if (v->intrinsic() == "Ref" && v->intrinsic_argument().is_string()) {
      if (auto it = given.find(v->intrinsic_argument().as_string()); it != given.end()) {
        const Location at = v->location();
        *v = *it->second;  // the parent's value, as CDK wrote it there
        place_at(*v, at);
        ++replaced;
      }
      continue;
    }
    for (Member& m : v->members()) todo.push_back(&m.value);
  }
  return replaced;
}

}  // namespace infralint::loaders::detail
