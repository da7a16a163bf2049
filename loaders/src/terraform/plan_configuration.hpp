// The `configuration` section of a plan: where each resource's expressions are, and
// what their `references` name, followed through module calls (a module input that
// refers to a root resource) and module outputs.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "infralint/model/value.hpp"

namespace infralint::loaders::detail::terraform {

class PlanConfiguration {
 public:
  // `configuration` may be null (a trimmed plan); `addresses` are every managed
  // resource instance of the plan.
  PlanConfiguration(const model::Value* configuration, const std::unordered_set<std::string>& addresses);

  bool present() const { return present_; }
  // The "expressions" object of the resource at `address`, nullptr when unknown.
  const model::Value* expressions(std::string_view address) const;

  struct Target {
    std::string address;    // a resource instance of the plan
    std::string attribute;  // the attribute the reference reads ("" for the whole resource)
  };
  // The resources an expression ({"references": [...]} or a block of them) refers to,
  // seen from the resource at `from`; without repeats, in order.
  std::vector<Target> targets(const model::Value& expression, std::string_view from) const;

 private:
  void index_module(const model::Value& module, const std::string& path, int depth);
  void resolve(std::string_view reference, std::string_view module, std::string_view key, int depth,
               std::vector<Target>& out) const;
  void resolve_expression(const model::Value& expression, std::string_view module, std::string_view key, int depth,
                          std::vector<Target>& out) const;

  bool present_ = false;
  const std::unordered_set<std::string>& addresses_;
  std::vector<std::string> sorted_;  // the same, sorted: instances of x.y are a range
  // "module.a.module.b" + "." + "aws_s3_bucket.x" (or the bare address at the root).
  std::unordered_map<std::string, const model::Value*> resources_;
  // module path without keys -> the module call ({expressions, module: {outputs}}).
  std::unordered_map<std::string, const model::Value*> calls_;
};

}  // namespace infralint::loaders::detail::terraform
