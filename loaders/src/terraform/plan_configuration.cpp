#include "terraform/plan_configuration.hpp"

#include <algorithm>

#include "terraform/addresses.hpp"

namespace infralint::loaders::detail::terraform {

using model::Member;
using model::Value;

namespace {
// Modules nest as deep as people write them; a plan deeper than this is not real.
constexpr int kMaxDepth = 32;

std::string_view text_of(const Value* v) { return v != nullptr && v->is_string() ? v->as_string() : std::string_view(); }
}  // namespace

PlanConfiguration::PlanConfiguration(const Value* configuration, const std::unordered_set<std::string>& addresses)
    : addresses_(addresses), sorted_(addresses.begin(), addresses.end()) {
  std::sort(sorted_.begin(), sorted_.end());
  const Value* root = configuration != nullptr ? configuration->find("root_module") : nullptr;
  if (root == nullptr || !root->is_object()) return;
  present_ = true;
  index_module(*root, "", 0);
}

void PlanConfiguration::index_module(const Value& module, const std::string& path, int depth) {
  if (depth > kMaxDepth) return;
  if (const Value* resources = module.find("resources"))
    for (const Value& r : resources->items())
      if (const std::string_view address = text_of(r.find("address")); !address.empty())
        resources_.emplace(join_address(path, address), &r);
  if (const Value* calls = module.find("module_calls"))
    for (const Member& call : calls->members()) {
      const std::string child = join_address(path, "module." + call.key);
      calls_.emplace(child, &call.value);
      if (const Value* inner = call.value.find("module"); inner != nullptr && inner->is_object())
        index_module(*inner, child, depth + 1);
    }
}

const Value* PlanConfiguration::expressions(std::string_view address) const {
  const SplitAddress split = split_address(address);
  const std::string key = join_address(module_without_keys(split.module), without_instance_key(split.resource));
  auto it = resources_.find(key);
  if (it == resources_.end()) return nullptr;
  const Value* e = it->second->find("expressions");
  // A resource that sets nothing still has a configuration: every unknown is computed.
  static const Value kNothingSet = Value::object({});
  return e != nullptr && e->is_object() ? e : &kNothingSet;
}

std::vector<PlanConfiguration::Target> PlanConfiguration::targets(const Value& expression, std::string_view from) const {
  std::vector<Target> out;
  const SplitAddress split = split_address(from);
  resolve_expression(expression, split.module, instance_key(split.resource), 0, out);
  return out;
}

void PlanConfiguration::resolve_expression(const Value& expression, std::string_view module, std::string_view key,
                                           int depth, std::vector<Target>& out) const {
  if (depth > kMaxDepth) return;
  // A leaf expression has "references"; a block is an object (or list) of them.
  if (const Value* refs = expression.find("references"); refs != nullptr && refs->is_array()) {
    for (const Value& r : refs->items())
      if (r.is_string()) resolve(r.as_string(), module, key, depth, out);
    return;
  }
  if (expression.is_array()) {
    for (const Value& item : expression.items()) resolve_expression(item, module, key, depth + 1, out);
  } else if (expression.is_object()) {
    for (const Member& m : expression.members()) resolve_expression(m.value, module, key, depth + 1, out);
  }
}

void PlanConfiguration::resolve(std::string_view reference, std::string_view module, std::string_view key, int depth,
                                std::vector<Target>& out) const {
  if (depth > kMaxDepth) return;
  const ParsedReference parsed = parse_reference(reference);
  auto add = [&](std::string address, const std::string& attribute) {
    auto same = [&](const Target& t) { return t.address == address; };
    auto it = std::find_if(out.begin(), out.end(), same);
    if (it == out.end()) {
      out.push_back(Target{std::move(address), attribute});
    } else if (it->attribute.empty()) {
      it->attribute = attribute;  // "x.y[0]" listed after "x.y[0].id": keep the attribute
    }
  };
  switch (parsed.kind) {
    case ParsedReference::Kind::Resource: {
      const std::string exact = join_address(module, parsed.target);
      if (addresses_.count(exact)) {
        add(exact, parsed.attribute);
        return;
      }
      // aws_x.y with instances: the instance with the referring resource's own key
      // (aws_x.y[count.index]), else every instance.
      if (!key.empty() && instance_key(parsed.target).empty() && addresses_.count(exact + std::string(key))) {
        add(exact + std::string(key), parsed.attribute);
        return;
      }
      if (!instance_key(parsed.target).empty()) return;
      const std::string first = exact + "[";
      for (auto it = std::lower_bound(sorted_.begin(), sorted_.end(), first);
           it != sorted_.end() && it->starts_with(first); ++it)
        add(*it, parsed.attribute);
      return;
    }
    case ParsedReference::Kind::Variable: {
      // var.x inside a module: the module call's argument x, read in the caller's scope.
      if (module.empty()) return;
      const SplitAddress caller = split_address(module);  // its module part is the caller
      auto call = calls_.find(module_without_keys(module));
      if (call == calls_.end()) return;
      const Value* argument = call->second->at("/expressions/" + parsed.target);
      if (argument != nullptr) resolve_expression(*argument, caller.module, {}, depth + 1, out);
      return;
    }
    case ParsedReference::Kind::ModuleOutput: {
      const std::string child = join_address(module, parsed.target);
      auto call = calls_.find(module_without_keys(child));
      if (call == calls_.end()) return;
      const Value* output = call->second->at("/module/outputs/" + parsed.attribute + "/expression");
      if (output != nullptr) resolve_expression(*output, child, {}, depth + 1, out);
      return;
    }
    default: return;
  }
}

}  // namespace infralint::loaders::detail::terraform
