// Runs the chosen rules over the graph in parallel, deterministically.
#pragma once

#include <functional>
#include <span>
#include <vector>

#include "infralint/engine/catalog.hpp"
#include "infralint/model/finding.hpp"
#include "infralint/model/graph.hpp"
#include "infralint/model/report.hpp"

namespace infralint::engine {

// Told how far evaluation has come, from whichever worker thread finished a chunk;
// calls may come concurrently and must be cheap.
using Progress = std::function<void(std::size_t done, std::size_t total)>;

struct EvalOptions {
  int jobs = 0;                 // 0: all cores; maps to tbb::global_control
  bool record_verdicts = false;  // one Verdict per (binding, resource) evaluated
  Progress progress;            // optional; output never depends on it
};

struct Evaluation {
  std::vector<model::Finding> findings;  // sorted by model::finding_order; fingerprints set
  std::vector<model::Verdict> verdicts;  // when asked; sorted by (file, stack, resource, rule)
  std::size_t pairs_evaluated = 0;
};

// Evaluates every binding over every resource of its types. A rule that throws
// yields an EvaluationError finding for that resource. Suppressions are not applied
// here (see suppress.hpp).
Evaluation evaluate(const model::Graph& graph, std::span<const Binding> bindings,
                    const EvalOptions& options);

}  // namespace infralint::engine
