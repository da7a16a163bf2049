#include "infralint/engine/suppress.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include "finding_location.hpp"
#include "infralint/engine/glob.hpp"
#include "infralint/engine/fingerprint.hpp"
#include "suppress_annotation.hpp"
#include "suppression_entry.hpp"

namespace infralint::engine {

namespace {

// The in-source entries of one scope (a resource, or a whole template).
struct ScopeEntries {
  std::vector<SuppressionEntry> cdk_nag;     // Metadata.cdk_nag.rules_to_suppress
  std::vector<SuppressionEntry> infralint;   // Metadata.infralint.suppress
  std::vector<SuppressionEntry> annotation;  // a Kubernetes object's infralint.io/suppress

  bool empty() const { return cdk_nag.empty() && infralint.empty() && annotation.empty(); }
};

ScopeEntries read_scope(const model::Value& metadata) {
  ScopeEntries scope;
  if (const model::Value* list = metadata.at("/cdk_nag/rules_to_suppress"))
    scope.cdk_nag = read_entries(*list, EntryDialect::CdkNag);
  if (const model::Value* list = metadata.at("/infralint/suppress"))
    scope.infralint = read_entries(*list, EntryDialect::Infralint);
  return scope;
}

std::string key_of(std::string_view file, std::string_view stack, std::string_view resource = {}) {
  std::string key;
  key.reserve(file.size() + stack.size() + resource.size() + 2);
  key.append(file).append(1, '\0').append(stack).append(1, '\0').append(resource);
  return key;
}

// Every suppression entry of the scan, found once and looked up per finding by the
// (file, stack, resource id) a finding carries.
class SuppressionIndex {
 public:
  explicit SuppressionIndex(const model::Graph& graph) {
    for (const auto& stack : graph.stacks()) {
      const std::string file = file_of(graph, *stack);
      stacks_.emplace(key_of(file, stack->name), Scope{read_scope(stack->metadata()), stack.get(), nullptr});
      for (const model::Resource& resource : stack->resources) {
        ScopeEntries entries = read_scope(resource.metadata());
        if (stack->format == model::Format::Kubernetes) entries.annotation = read_annotation_entries(resource);
        if (entries.empty()) continue;
        resources_.emplace(key_of(file, stack->name, resource.id), Scope{std::move(entries), stack.get(), &resource});
      }
    }
  }

  struct Scope {
    ScopeEntries entries;
    const model::Stack* stack;
    const model::Resource* resource;  // nullptr for the template
  };

  const Scope* resource_scope(const model::Finding& f) const {
    auto it = resources_.find(key_of(f.file, f.stack, f.resource_id));
    return it == resources_.end() ? nullptr : &it->second;
  }
  const Scope* stack_scope(const model::Finding& f) const {
    auto it = stacks_.find(key_of(f.file, f.stack));
    return it == stacks_.end() ? nullptr : &it->second;
  }

  // Templates, then resources, each in key order: a fixed order whatever the hashing.
  template <typename Visit>
  void for_each_scope(Visit visit) const {
    for (const auto& [key, scope] : stacks_) visit(scope);
    for (const auto& [key, scope] : resources_) visit(scope);
  }

 private:
  // std::map: first stack of a given (file, name) wins, and iteration is ordered.
  std::map<std::string, Scope> stacks_;
  std::map<std::string, Scope> resources_;
};

std::optional<std::string> first_reason(const std::vector<SuppressionEntry>& entries, const model::Finding& f) {
  for (const SuppressionEntry& entry : entries)
    if (std::optional<std::string> reason = entry.reason_for(f)) return reason;
  return std::nullopt;
}

std::optional<model::Suppression> in_source(const SuppressionIndex& index, const model::Finding& f) {
  const SuppressionIndex::Scope* resource = index.resource_scope(f);
  const SuppressionIndex::Scope* stack = index.stack_scope(f);
  for (const SuppressionIndex::Scope* scope : {resource, stack})
    if (scope)
      if (auto reason = first_reason(scope->entries.cdk_nag, f))
        return model::Suppression{model::SuppressionSource::CdkNagMetadata, std::move(*reason)};
  for (const SuppressionIndex::Scope* scope : {resource, stack})
    if (scope)
      if (auto reason = first_reason(scope->entries.infralint, f))
        return model::Suppression{model::SuppressionSource::InfralintMetadata, std::move(*reason)};
  // The annotation is infralint's own in-source suppression too; the model has no
  // separate source for it.
  if (resource)
    if (auto reason = first_reason(resource->entries.annotation, f))
      return model::Suppression{model::SuppressionSource::InfralintMetadata, std::move(*reason)};
  return std::nullopt;
}

std::optional<model::Suppression> from_config(const Config& config, const model::Finding& f) {
  for (const ConfigSuppression& s : config.suppressions)
    if (glob_match(s.rule, f.rule_id) && glob_match(s.resource, f.resource_id) && glob_match(s.path, f.file))
      return model::Suppression{model::SuppressionSource::Config, s.reason};
  return std::nullopt;
}

model::Finding invalid_entry_finding(const model::Graph& graph, const SuppressionIndex::Scope& scope,
                                     const SuppressionEntry& entry, std::string_view where) {
  model::Finding f;
  f.rule_id = kInvalidSuppressionRuleId;
  f.pack = kInvalidSuppressionPack;
  f.level = model::Level::Error;
  f.kind = model::FindingKind::Violation;
  f.granular_id = entry.id;
  f.message = "Suppression entry in " + std::string(where);
  if (!entry.id.empty()) f.message += " for '" + entry.id + "'";
  f.message += " is not honoured: ";
  for (std::size_t i = 0; i < entry.problems.size(); ++i) f.message += (i ? "; " : "") + entry.problems[i];

  if (scope.resource) {
    locate(f, graph, *scope.resource, entry.node, entry_pointer(*scope.resource));
  } else {
    f.stack = scope.stack->name;
    f.file = file_of(graph, *scope.stack);
    model::Resource whole_template;  // only to find the entry's pointer in the document
    whole_template.node = &scope.stack->root;
    f.pointer = whole_template.pointer_of(entry.node);
    f.line = entry.node->location().line;
    f.column = entry.node->location().column;
  }
  f.fingerprint = fingerprint(f.rule_id, f.stack, f.resource_id, f.granular_id);
  return f;
}

}  // namespace

std::vector<model::Finding> apply_suppressions(const model::Graph& graph, const Config& config,
                                               std::vector<model::Finding>& findings) {
  const SuppressionIndex index(graph);
  for (model::Finding& f : findings) {
    if (f.suppression) continue;
    if (auto s = in_source(index, f)) f.suppression = std::move(s);
    else if (auto c = from_config(config, f)) f.suppression = std::move(c);
  }

  std::vector<model::Finding> problems;
  index.for_each_scope([&](const SuppressionIndex::Scope& scope) {
    for (const SuppressionEntry& e : scope.entries.cdk_nag)
      if (!e.valid()) problems.push_back(invalid_entry_finding(graph, scope, e, "Metadata.cdk_nag.rules_to_suppress"));
    for (const SuppressionEntry& e : scope.entries.infralint)
      if (!e.valid()) problems.push_back(invalid_entry_finding(graph, scope, e, "Metadata.infralint.suppress"));
    for (const SuppressionEntry& e : scope.entries.annotation)
      if (!e.valid()) problems.push_back(invalid_entry_finding(graph, scope, e, "the infralint.io/suppress annotation"));
  });
  model::sort_in_finding_order(problems);
  return problems;
}

void apply_to_verdicts(const std::vector<model::Finding>& findings, std::vector<model::Verdict>& verdicts) {
  struct Tally {
    bool all_suppressed = true;
    std::string reason;
  };
  std::unordered_map<std::string, Tally> pairs;
  for (const model::Finding& f : findings) {
    Tally& t = pairs[key_of(f.file, f.stack, f.resource_id) + '\0' + f.rule_id];
    if (!f.suppression) t.all_suppressed = false;
    else if (t.reason.empty()) t.reason = f.suppression->reason;
  }
  for (model::Verdict& v : verdicts) {
    auto it = pairs.find(key_of(v.file, v.stack, v.resource_id) + '\0' + v.rule_id);
    if (it == pairs.end() || !it->second.all_suppressed) continue;
    v.state = model::Verdict::State::Suppressed;
    v.reason = it->second.reason;
  }
}

}  // namespace infralint::engine
