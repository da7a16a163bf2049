// A whole CloudFormation template, as the loader handles one: read (JSON when it
// starts with '{', YAML otherwise, as for a .template file), the parent's parameter
// values substituted as for a CDK nested stack, the stack built with its resources
// and references, the graph linked, and every property and condition put through
// the static intrinsic resolver that rules use.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "cloudformation.hpp"
#include "infralint/loaders/readers.hpp"
#include "infralint/model/graph.hpp"
#include "infralint/model/intrinsics.hpp"
#include "nested_parameters.hpp"
#include "support/value_checks.hpp"

using namespace infralint;

namespace {

bool looks_like_json(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && text[first] == '{';
}

void exercise_stack(const model::Stack& stack) {
  // pointer_of walks the whole entry: checking every reference would make large
  // inputs quadratic and slow the fuzzer down for nothing.
  std::size_t pointer_checks = 0;
  for (const model::Resource& resource : stack.resources) {
    fuzz::require(resource.node != nullptr, "a resource without its entry");
    fuzz::require(resource.stack == &stack, "a resource not pointing back at its stack");
    for (const model::Reference& ref : resource.references) {
      fuzz::require(ref.at != nullptr, "a reference without its place");
      if (++pointer_checks > 200) continue;
      fuzz::require(!resource.pointer_of(ref.at).empty() || ref.at == resource.node,
                    "a reference that points outside its resource");
    }
    for (const model::Member& property : resource.properties().members()) (void)model::resolve(property.value, stack);
    if (!resource.condition().empty()) (void)model::evaluate_condition(resource.condition(), stack);
  }
  for (const model::Member& condition : stack.conditions().members()) (void)model::evaluate_condition(condition.key, stack);
  for (const model::Member& output : stack.outputs().members()) (void)model::resolve(output.value, stack);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const loaders::Limits limits;
  loaders::ParseResult parsed = looks_like_json(text) ? loaders::read_json(text, 0, limits)
                                                      : loaders::read_yaml(text, 0, limits);
  if (parsed.error) return 0;

  model::Graph graph;
  graph.add_file("fuzz.template");
  std::vector<model::Diagnostic> diagnostics;
  for (model::Value& document : parsed.documents) {
    if (!loaders::detail::is_cloudformation(document)) continue;
    // The template's own Mappings stand in for the values a parent stack passes, so
    // the fuzzer reaches the nested-stack substitution without a second file.
    if (const model::Value* passed = document.find("Mappings")) {
      const model::Value copy = *passed;
      loaders::detail::substitute_parent_parameters(document, copy);
    }
    loaders::detail::StackSource source;
    source.name = "Fuzz" + std::to_string(graph.stacks().size());
    source.file = "fuzz.template";
    graph.add(loaders::detail::build_stack(std::move(document), std::move(source), diagnostics));
  }
  graph.link();
  for (const auto& stack : graph.stacks()) exercise_stack(*stack);
  return 0;
}
