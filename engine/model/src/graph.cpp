#include "infralint/model/graph.hpp"

namespace infralint::model {

std::uint32_t Graph::add_file(std::string display_path) {
  files_.push_back(std::move(display_path));
  return static_cast<std::uint32_t>(files_.size() - 1);
}

std::string_view Graph::file(std::uint32_t id) const {
  return id < files_.size() ? std::string_view(files_[id]) : std::string_view{};
}

void Graph::add(std::unique_ptr<Stack> stack) {
  stack->index();
  stacks_.push_back(std::move(stack));
}

namespace {
// The resource an output's Value names, through Ref or Fn::GetAtt.
const Resource* output_target(const Stack& stack, const Value& value) {
  std::string_view fn = value.intrinsic();
  const Value& arg = fn.empty() ? value : value.intrinsic_argument();
  if (fn == "Ref" && arg.is_string()) return stack.find(arg.as_string());
  if (fn == "Fn::GetAtt") {
    if (arg.is_array() && !arg.items().empty()) return stack.find(arg.items()[0].as_string());
    if (arg.is_string()) return stack.find(arg.as_string().substr(0, arg.as_string().find('.')));
  }
  return nullptr;
}
}  // namespace

void Graph::link() {
  exports_.clear();
  std::unordered_map<std::string_view, Stack*> by_name;
  for (const auto& stack : stacks_) {
    stack->nested.clear();
    by_name.emplace(stack->name, stack.get());
  }
  for (const auto& stack : stacks_)
    if (auto parent = by_name.find(stack->parent); !stack->parent.empty() && parent != by_name.end())
      parent->second->nested.push_back(stack.get());
  for (Format format : {Format::CloudFormation, Format::Kubernetes, Format::Terraform}) {
    auto peers = std::make_shared<std::vector<const Stack*>>();
    for (const auto& stack : stacks_)
      if (stack->format == format) peers->push_back(stack.get());
    for (const auto& stack : stacks_)
      if (stack->format == format) stack->same_format_ = peers;
  }
  for (const auto& stack : stacks_) {
    for (const Member& output : stack->outputs().members()) {
      const Value* name = output.value.at("/Export/Name");
      const Value* value = output.value.find("Value");
      if (!name || !name->is_string() || !value) continue;
      if (const Resource* target = output_target(*stack, *value))
        exports_.emplace(std::string(name->as_string()), target);
    }
  }
  for (const auto& stack : stacks_) {
    for (Resource& resource : stack->resources) {
      for (Reference& ref : resource.references) {
        ref.target = ref.kind == Reference::Kind::ImportValue ? find_export(ref.name) : stack->find(ref.name);
        if (!ref.target || ref.target == &resource) continue;
        auto& incoming = const_cast<Resource*>(ref.target)->referrers_;
        if (incoming.empty() || incoming.back() != &resource) incoming.push_back(&resource);
      }
    }
  }
}

std::size_t Graph::resource_count() const {
  std::size_t n = 0;
  for (const auto& s : stacks_) n += s->resources.size();
  return n;
}

const Stack* Graph::find_stack(std::string_view name) const {
  for (const auto& s : stacks_)
    if (s->name == name) return s.get();
  return nullptr;
}

const Resource* Graph::find_export(std::string_view export_name) const {
  auto it = exports_.find(std::string(export_name));
  return it == exports_.end() ? nullptr : it->second;
}

}  // namespace infralint::model
