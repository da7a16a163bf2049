// Moving parsed values to other positions. File ids are final only once every file
// has been parsed (they follow path order among the files that loaded), so a stack
// parsed under a provisional id is moved to its final one; values copied or parsed
// from elsewhere (a parent's parameter, a policy held in a string) are placed at the
// position a reader should look at.
#pragma once

#include <cstdint>
#include <vector>

#include "infralint/model/stack.hpp"
#include "infralint/model/value.hpp"

namespace infralint::loaders::detail {

// Gives `root`, every value below it and every key the location `change(old)`.
// Iterative, so the depth of the tree does not matter.
template <class Change>
void rewrite_locations(model::Value& root, Change&& change) {
  std::vector<model::Value*> todo{&root};
  while (!todo.empty()) {
    model::Value* v = todo.back();
    todo.pop_back();
    v->set_location(change(v->location()));
    if (v->is_array()) {
      for (model::Value& item : v->items()) todo.push_back(&item);
    } else if (v->is_object()) {
      for (model::Member& m : v->members()) {
        m.key_location = change(m.key_location);
        todo.push_back(&m.value);
      }
    }
  }
}

// Gives `value`, everything below it and every key the location `at`.
inline void place_at(model::Value& value, model::Location at) {
  rewrite_locations(value, [at](model::Location) { return at; });
}

void relocate(model::Stack& stack, std::uint32_t file_id);

}  // namespace infralint::loaders::detail
