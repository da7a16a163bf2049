#include "infralint/engine/evaluate.hpp"

#include <oneapi/tbb/blocked_range.h>
#include <atomic>

#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "collecting_sink.hpp"
#include "finding_location.hpp"

namespace infralint::engine {

namespace {

struct WorkItem {
  const Binding* binding;
  const model::Resource* resource;
};

// Rules by the resource types they judge, built once per scan.
using TypeIndex = std::unordered_map<std::string_view, std::vector<const Binding*>>;

TypeIndex index_by_type(std::span<const Binding> bindings) {
  TypeIndex index;
  for (const Binding& binding : bindings) {
    if (!binding.entry || !binding.rule) continue;
    for (std::string_view type : binding.rule->meta().resource_types) {
      std::vector<const Binding*>& slot = index[type];
      if (std::find(slot.begin(), slot.end(), &binding) == slot.end()) slot.push_back(&binding);
    }
  }
  return index;
}

// Stack by stack, resource by resource, binding by binding: a fixed order, so the
// merge below does not depend on which worker finished first.
std::vector<WorkItem> plan(const model::Graph& graph, const TypeIndex& index) {
  std::vector<WorkItem> items;
  for (const auto& stack : graph.stacks())
    for (const model::Resource& resource : stack->resources)
      if (auto it = index.find(resource.type); it != index.end())
        for (const Binding* binding : it->second) items.push_back({binding, &resource});
  return items;
}

void run(const model::Graph& graph, const EntryPointers& pointers, const WorkItem& item, ItemOutcome& out) {
  CollectingSink sink(graph, pointers, *item.binding, out);
  try {
    item.binding->rule->check(*item.resource, sink);
  } catch (const std::exception& e) {
    sink.failed(*item.resource, e.what());
  } catch (...) {
    sink.failed(*item.resource, "it threw something that is not a std::exception");
  }
}

model::Verdict verdict_of(const model::Graph& graph, const WorkItem& item, const ItemOutcome& out) {
  model::Verdict v;
  const model::PackEntry& entry = *item.binding->entry;
  const model::Resource& resource = *item.resource;
  v.rule_id = entry.public_id;
  v.pack = entry.pack;
  v.resource_id = resource.id;
  v.resource_type = resource.type;
  v.construct_path = resource.construct_path;
  if (resource.stack) {
    v.stack = resource.stack->name;
    v.file = file_of(graph, *resource.stack);
  }
  // The most telling outcome wins: a failure, then a violation, then an undecided.
  auto first_of = [&](model::FindingKind kind) -> const model::Finding* {
    for (const model::Finding& f : out.findings)
      if (f.kind == kind) return &f;
    return nullptr;
  };
  const std::pair<model::FindingKind, model::Verdict::State> ranking[] = {
      {model::FindingKind::EvaluationError, model::Verdict::State::Error},
      {model::FindingKind::Violation, model::Verdict::State::NonCompliant},
      {model::FindingKind::Unresolved, model::Verdict::State::Unresolved},
  };
  for (const auto& [kind, state] : ranking) {
    if (const model::Finding* f = first_of(kind)) {
      v.state = state;
      v.reason = f->message;
      return v;
    }
  }
  v.state = out.not_applicable ? model::Verdict::State::NotApplicable : model::Verdict::State::Compliant;
  return v;
}

bool verdict_order(const model::Verdict& a, const model::Verdict& b) {
  return std::tie(a.file, a.stack, a.resource_id, a.rule_id) < std::tie(b.file, b.stack, b.resource_id, b.rule_id);
}

}  // namespace

Evaluation evaluate(const model::Graph& graph, std::span<const Binding> bindings, const EvalOptions& options) {
  const std::vector<WorkItem> items = plan(graph, index_by_type(bindings));
  std::vector<ItemOutcome> outcomes(items.size());
  const EntryPointers pointers(graph);

  {
    std::optional<tbb::global_control> limit;
    if (options.jobs > 0)
      limit.emplace(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(options.jobs));
    // Each item writes only its own slot: no locks, and no shared buffers to merge
    // in completion order.
    std::atomic<std::size_t> done{0};
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, items.size()),
                      [&](const tbb::blocked_range<std::size_t>& range) {
                        for (std::size_t i = range.begin(); i != range.end(); ++i)
                          run(graph, pointers, items[i], outcomes[i]);
                        const std::size_t now = done.fetch_add(range.size()) + range.size();
                        if (options.progress) options.progress(now, items.size());
                      });
  }

  Evaluation result;
  result.pairs_evaluated = items.size();
  std::size_t total = 0;
  for (const ItemOutcome& out : outcomes) total += out.findings.size();
  result.findings.reserve(total);
  if (options.record_verdicts) result.verdicts.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (options.record_verdicts) result.verdicts.push_back(verdict_of(graph, items[i], outcomes[i]));
    std::move(outcomes[i].findings.begin(), outcomes[i].findings.end(), std::back_inserter(result.findings));
  }
  model::sort_in_finding_order(result.findings);
  std::stable_sort(result.verdicts.begin(), result.verdicts.end(), verdict_order);
  return result;
}

}  // namespace infralint::engine
