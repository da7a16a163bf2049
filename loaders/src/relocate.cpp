#include "relocate.hpp"

#include <vector>

namespace infralint::loaders::detail {

namespace {
void set_file(model::Location& at, std::uint32_t file_id) { at.file = file_id; }
}  // namespace

void relocate(model::Stack& stack, std::uint32_t file_id) {
  stack.file_id = file_id;
  std::vector<model::Value*> todo{&stack.root};
  while (!todo.empty()) {
    model::Value* v = todo.back();
    todo.pop_back();
    model::Location at = v->location();
    set_file(at, file_id);
    v->set_location(at);
    if (v->is_array()) {
      for (model::Value& item : v->items()) todo.push_back(&item);
    } else if (v->is_object()) {
      for (model::Member& m : v->members()) {
        set_file(m.key_location, file_id);
        todo.push_back(&m.value);
      }
    }
  }
  for (model::Resource& resource : stack.resources) {
    set_file(resource.location, file_id);
    set_file(resource.type_location, file_id);
  }
}

}  // namespace infralint::loaders::detail
