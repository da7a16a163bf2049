#include "collecting_sink.hpp"

#include "infralint/engine/fingerprint.hpp"

namespace infralint::engine {

namespace {
std::string joined(std::string head, std::string_view tail) {
  if (!tail.empty()) head.append(": ").append(tail);
  return head;
}
}  // namespace

std::string CollectingSink::headline() const { return std::string(binding_.entry->message); }

model::Finding& CollectingSink::add(const model::Resource& resource, const model::Value* at,
                                    model::FindingKind kind, model::Level level, std::string message,
                                    std::string granular_id) {
  model::Finding& f = out_.findings.emplace_back();
  f.rule_id = binding_.entry->public_id;
  f.pack = binding_.entry->pack;
  f.level = level;
  f.kind = kind;
  f.message = std::move(message);
  f.granular_id = std::move(granular_id);
  locate(f, graph_, resource, at, pointers_.of(resource));
  f.fingerprint = fingerprint(f.rule_id, f.stack, f.resource_id, f.granular_id);
  return f;
}

void CollectingSink::report(const model::Resource& resource, const model::Value* at, std::string detail,
                            std::string granular_id) {
  add(resource, at, model::FindingKind::Violation, binding_.level, joined(headline(), detail),
      std::move(granular_id));
}

void CollectingSink::unresolved(const model::Resource& resource, const model::Value* at, std::string detail) {
  // cdk-nag logs a rule it could not run as a warning, whatever the rule's level.
  // Reporters mark the kind ("could not evaluate: "), so the message stays plain.
  add(resource, at, model::FindingKind::Unresolved, model::Level::Warning,
      joined(headline(), detail), {});
}

void CollectingSink::not_applicable(const model::Resource&) { out_.not_applicable = true; }

void CollectingSink::failed(const model::Resource& resource, std::string_view what) {
  add(resource, nullptr, model::FindingKind::EvaluationError, model::Level::Error,
      joined(headline(), what), {});
}

}  // namespace infralint::engine
