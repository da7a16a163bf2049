#include "infralint/model/resource.hpp"

#include <algorithm>

#include "infralint/model/stack.hpp"

namespace infralint::model {

namespace {
const Value kNull;

// Depth-first search for `target` below `node`, building its pointer on the way.
bool find_pointer(const Value& node, const Value* target, std::string& pointer) {
  if (&node == target) return true;
  const std::size_t mark = pointer.size();
  if (node.is_object()) {
    for (const Member& m : node.members()) {
      append_pointer_token(pointer, m.key);
      if (find_pointer(m.value, target, pointer)) return true;
      pointer.resize(mark);
    }
  } else if (node.is_array()) {
    const auto& items = node.items();
    for (std::size_t i = 0; i < items.size(); ++i) {
      append_pointer_token(pointer, std::to_string(i));
      if (find_pointer(items[i], target, pointer)) return true;
      pointer.resize(mark);
    }
  }
  return false;
}
}  // namespace

const Value& Resource::properties() const {
  const Value* p = node ? node->find("Properties") : nullptr;
  return p ? *p : kNull;
}

const Value& Resource::metadata() const {
  const Value* m = node ? node->find("Metadata") : nullptr;
  return m ? *m : kNull;
}

std::string_view Resource::condition() const {
  const Value* c = node ? node->find("Condition") : nullptr;
  return c ? c->as_string() : std::string_view{};
}

std::vector<const Resource*> Resource::referrers(std::string_view of_type) const {
  std::vector<const Resource*> out;
  for (const Resource* r : referrers_)
    if (r->type == of_type) out.push_back(r);
  return out;
}

std::vector<const Resource*> Resource::referenced(std::string_view of_type) const {
  std::vector<const Resource*> out;
  for (const Reference& ref : references)
    if (ref.target && ref.target->type == of_type &&
        std::find(out.begin(), out.end(), ref.target) == out.end())
      out.push_back(ref.target);
  return out;
}

std::string Resource::pointer_of(const Value* value) const {
  std::string pointer;
  if (!node || !value) return pointer;
  if (!find_pointer(*node, value, pointer)) pointer.clear();
  return pointer;
}

}  // namespace infralint::model
