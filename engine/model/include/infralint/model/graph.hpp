// The resource graph of one scan: every stack, linked by references and exports.
// Built once, serially and in path order, then only read.
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "infralint/model/stack.hpp"

namespace infralint::model {

class Graph {
 public:
  // Registers a source file's display path; the id goes into every Location of it.
  std::uint32_t add_file(std::string display_path);
  const std::vector<std::string>& files() const { return files_; }
  std::string_view file(std::uint32_t id) const;

  // Takes ownership; stacks keep the order they were added in.
  void add(std::unique_ptr<Stack> stack);

  // Resolves every Reference to its target within the stack (or, for
  // Fn::ImportValue, to the resource behind the export of any stack) and fills
  // referrers. Call once after the last add().
  void link();

  std::span<const std::unique_ptr<Stack>> stacks() const { return stacks_; }
  std::size_t resource_count() const;
  const Stack* find_stack(std::string_view name) const;
  // The resource an exported Output's value names, by export name, when static.
  const Resource* find_export(std::string_view export_name) const;

 private:
  std::vector<std::string> files_;
  std::vector<std::unique_ptr<Stack>> stacks_;
  std::unordered_map<std::string, const Resource*> exports_;
};

}  // namespace infralint::model
