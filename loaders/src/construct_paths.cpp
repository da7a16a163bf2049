#include "construct_paths.hpp"

#include <algorithm>

namespace infralint::loaders::detail {

namespace {
constexpr std::string_view kNestedSuffix = ".NestedStack";
}

std::string nested_stack_path(std::string_view resource_path) {
  // The last segment that ends in ".NestedStack" is the nested stack's wrapper scope.
  std::size_t end = resource_path.size();
  while (end > 0) {
    const std::size_t slash = resource_path.rfind('/', end - 1);
    const std::size_t begin = slash == std::string_view::npos ? 0 : slash + 1;
    const std::string_view segment = resource_path.substr(begin, end - begin);
    if (segment.size() > kNestedSuffix.size() && segment.ends_with(kNestedSuffix))
      return std::string(resource_path.substr(0, end - kNestedSuffix.size()));
    if (slash == std::string_view::npos) break;
    end = slash;
  }
  return {};
}

void ConstructPaths::add(std::string_view path, std::string logical_id) {
  if (path.starts_with('/')) path.remove_prefix(1);
  std::string nested = nested_stack_path(path);
  if (!nested.empty() && std::find(nested_stacks_.begin(), nested_stacks_.end(), nested) == nested_stacks_.end())
    nested_stacks_.push_back(std::move(nested));
  by_id_.emplace(std::move(logical_id), std::string(path));
}

std::string_view ConstructPaths::owner_of(std::string_view path) const {
  std::string_view owner;
  for (const std::string& nested : nested_stacks_)
    if (nested.size() > owner.size() && path.size() > nested.size() && path.starts_with(nested) &&
        path[nested.size()] == '/')
      owner = nested;
  return owner;
}

std::string ConstructPaths::find(std::string_view logical_id, std::string_view nested_stack_path) const {
  auto [begin, end] = by_id_.equal_range(std::string(logical_id));
  // unordered_multimap gives equal keys in no set order: pick the smallest matching
  // path so the answer never depends on hashing.
  const std::string* best = nullptr;
  for (auto it = begin; it != end; ++it)
    if (owner_of(it->second) == nested_stack_path && (!best || it->second < *best)) best = &it->second;
  return best ? *best : std::string();
}

}  // namespace infralint::loaders::detail
