// A stack: one CloudFormation template, one Kubernetes file's objects, or one
// Terraform module; the unit that owns its document tree and its resources.
#pragma once

#include <any>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "infralint/model/resource.hpp"
#include "infralint/model/value.hpp"

namespace infralint::model {

enum class Format : std::uint8_t { CloudFormation, Kubernetes, Terraform };

struct Stack {
  std::string name;            // stack name: CDK artifact id / stack name, or the file stem
  std::string file;            // display path of the source file ('/' separators)
  std::uint32_t file_id = 0;   // index into Graph::files()
  Format format = Format::CloudFormation;
  std::string construct_path;  // CDK path of the stack itself, when known
  std::string parent;          // name of the parent stack, for a nested stack
  Value root;                  // the whole document; resources point into it
  std::vector<Resource> resources;  // document order; never resized after loading
  std::vector<const Stack*> nested;  // stacks nested in this one, filled by Graph::link()

  // Template sections (null values when absent): pointers into `root`.
  const Value& section(std::string_view key) const;
  const Value& parameters() const { return section("Parameters"); }
  const Value& conditions() const { return section("Conditions"); }
  const Value& mappings() const { return section("Mappings"); }
  const Value& outputs() const { return section("Outputs"); }
  const Value& metadata() const { return section("Metadata"); }

  const Resource* find(std::string_view id) const;
  // This stack's resources of one type, in document order (not those of nested stacks).
  std::span<const Resource* const> of_type(std::string_view type) const;

  // Every stack of the scan in this stack's format, this one included, in graph
  // order; filled by Graph::link(). Kubernetes rules look across files with it: a
  // NetworkPolicy in one file covers the workloads of its namespace in another.
  std::span<const Stack* const> same_format() const {
    return same_format_ ? std::span<const Stack* const>(*same_format_) : std::span<const Stack* const>();
  }

  // Builds the id index and points every resource back at this stack; called by
  // Graph::add, and again whenever `resources` changed.
  void index();

  // A value a rule derives from the whole stack, computed once and shared by every
  // thread that asks with the same key. A rule that compares each resource with every
  // other of its stack uses it to stay linear in the stack's size.
  template <class T, class Compute>
  const T& memo(std::string_view key, Compute&& compute) const {
    std::lock_guard lock(memo_->mutex);
    std::any& slot = memo_->values[std::string(key)];
    if (!slot.has_value()) slot = std::make_shared<const T>(compute());
    return *std::any_cast<std::shared_ptr<const T>&>(slot);
  }

 private:
  struct MemoTable {
    std::mutex mutex;
    std::unordered_map<std::string, std::any> values;
  };
  std::shared_ptr<MemoTable> memo_ = std::make_shared<MemoTable>();
  std::shared_ptr<const std::vector<const Stack*>> same_format_;
  friend class Graph;
  std::unordered_map<std::string_view, std::size_t> by_id_;
  std::unordered_map<std::string_view, std::vector<const Resource*>> by_type_;
};

}  // namespace infralint::model
