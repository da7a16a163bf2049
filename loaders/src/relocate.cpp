#include "relocate.hpp"

namespace infralint::loaders::detail {

void relocate(model::Stack& stack, std::uint32_t file_id) {
  const auto to_file = [file_id](model::Location at) {
    at.file = file_id;
    return at;
  };
  stack.file_id = file_id;
  rewrite_locations(stack.root, to_file);
  for (model::Resource& resource : stack.resources) {
    resource.location = to_file(resource.location);
    resource.type_location = to_file(resource.type_location);
  }
}

}  // namespace infralint::loaders::detail
