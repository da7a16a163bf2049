#include "nested_parameters.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "read_error.hpp"
#include "relocate.hpp"

namespace infralint::loaders::detail {

using model::Location;
using model::Member;
using model::Value;

namespace {

// Values in `value`, itself included.
std::size_t count_values(const Value& value) {
  std::size_t n = 0;
  std::vector<const Value*> todo{&value};
  while (!todo.empty()) {
    const Value* v = todo.back();
    todo.pop_back();
    ++n;
    for (const Value& item : v->items()) todo.push_back(&item);
    for (const Member& m : v->members()) todo.push_back(&m.value);
  }
  return n;
}


}  // namespace

std::size_t substitute_parent_parameters(Value& document, const Value& passed, std::size_t max_copied_values) {
  if (!document.is_object() || !passed.is_object()) return 0;
  const Value* declared = document.find("Parameters");
  if (!declared || !declared->is_object()) return 0;
  // Keys view the declared names, which stay put: the Parameters section is not walked.
  struct Given {
    const Value* value;
    std::size_t values;  // its size, charged for every copy
  };
  std::unordered_map<std::string_view, Given> given;
  for (const Member& parameter : declared->members())
    if (const Value* value = passed.find(parameter.key))
      given.emplace(parameter.key, Given{value, count_values(*value)});
  if (given.empty()) return 0;

  std::size_t replaced = 0;
  std::size_t copied = 0;
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
        copied += it->second.values;
        if (copied > max_copied_values)
          throw ReadError{at.line, at.column,
                          "nested stack parameters expand to more than " + std::to_string(max_copied_values) +
                              " values; the template is not checked"};
        *v = *it->second.value;  // the parent's value, as CDK wrote it there
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
