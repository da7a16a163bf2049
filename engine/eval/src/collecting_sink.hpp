// The Sink the evaluator hands a rule: turns each call into a Finding for one
// (binding, resource) work item, in call order.
#pragma once

#include <string>
#include <vector>

#include "finding_location.hpp"
#include "infralint/engine/catalog.hpp"
#include "infralint/model/finding.hpp"
#include "infralint/model/graph.hpp"
#include "infralint/model/rule.hpp"

namespace infralint::engine {

// What one work item produced. Each item owns one, so workers never share state.
struct ItemOutcome {
  std::vector<model::Finding> findings;
  bool not_applicable = false;
};

class CollectingSink final : public model::Sink {
 public:
  CollectingSink(const model::Graph& graph, const EntryPointers& pointers, const Binding& binding, ItemOutcome& out)
      : graph_(graph), pointers_(pointers), binding_(binding), out_(out) {}

  using model::Sink::report;
  void report(const model::Resource& resource, const model::Value* at, std::string detail,
              std::string granular_id) override;
  void unresolved(const model::Resource& resource, const model::Value* at, std::string detail) override;
  void not_applicable(const model::Resource& resource) override;

  // The rule threw while judging `resource`; `what` is the exception's text.
  void failed(const model::Resource& resource, std::string_view what);

 private:
  model::Finding& add(const model::Resource& resource, const model::Value* at, model::FindingKind kind,
                      model::Level level, std::string message, std::string granular_id);
  std::string headline() const;

  const model::Graph& graph_;
  const EntryPointers& pointers_;
  const Binding& binding_;
  ItemOutcome& out_;
};

}  // namespace infralint::engine
