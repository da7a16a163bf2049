// Tiny rules and pack tables for engine tests: each exercises one Sink path.
#pragma once

#include <array>
#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

#include "infralint/engine/catalog.hpp"
#include "infralint/model/intrinsics.hpp"
#include "infralint/model/pack.hpp"
#include "infralint/model/rule.hpp"
#include "infralint/model/stack.hpp"

namespace infralint::testing {

// A rule that is handed a resource of a type it did not ask for throws, which the
// evaluator turns into an EvaluationError finding: dispatch tests look for those.
inline void expect_type(const model::RuleMeta& meta, const model::Resource& r) {
  for (std::string_view t : meta.resource_types)
    if (t == r.type) return;
  throw std::logic_error("dispatched a " + r.type);
}

// Versioning must be "Enabled"; resolves intrinsics and says when it cannot tell.
class BucketUnversioned final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "test-bucket-unversioned",
      .title = "Bucket keeps no versions",
      .resource_types = {"AWS::S3::Bucket"},
      .what = "what it flags",
      .why = "why it matters",
      .fix_cfn = "VersioningConfiguration: {Status: Enabled}",
      .fix_cdk = "versioned: true",
  };
  const model::RuleMeta& meta() const override { return kMeta; }
  void check(const model::Resource& r, model::Sink& sink) const override {
    expect_type(kMeta, r);
    const model::Value* status = r.at("/Properties/VersioningConfiguration/Status");
    if (!status) return sink.report(r, "");
    model::Resolved v = model::resolve(*status, *r.stack);
    if (v.state() == model::Resolved::State::Unresolved)
      return sink.unresolved(r, v.unresolved_at(), "the status is only known at deploy");
    if (!v.is_known() || v.value().as_string() != "Enabled") sink.report(r, status, "status is not Enabled");
  }
};

// One granular finding per wildcard action, each with its own id.
class PolicyWildcardAction final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "test-policy-wildcard-action", .title = "Policy allows wildcard actions", .resource_types = {"AWS::IAM::Policy"}};
  const model::RuleMeta& meta() const override { return kMeta; }
  void check(const model::Resource& r, model::Sink& sink) const override {
    expect_type(kMeta, r);
    const model::Value* statements = r.at("/Properties/PolicyDocument/Statement");
    if (!statements) return;
    for (const model::Value& statement : statements->items()) {
      const model::Value* action = statement.find("Action");
      if (!action) continue;
      std::vector<const model::Value*> actions;
      if (action->is_array())
        for (const model::Value& a : action->items()) actions.push_back(&a);
      else
        actions.push_back(action);
      for (const model::Value* a : actions)
        if (a->as_string().find('*') != std::string_view::npos)
          sink.report(r, a, "allows " + std::string(a->as_string()), "Action::" + std::string(a->as_string()));
    }
  }
};

// Throws for queues named Bad* (a std::exception) and Weird* (not one).
class QueueThrows final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "test-queue-unencrypted", .title = "Queue is not encrypted", .resource_types = {"AWS::SQS::Queue"}};
  const model::RuleMeta& meta() const override { return kMeta; }
  void check(const model::Resource& r, model::Sink& sink) const override {
    expect_type(kMeta, r);
    if (r.id.starts_with("Bad")) throw std::runtime_error("queue parser exploded");
    if (r.id.starts_with("Weird")) throw 42;
    if (!r.property("KmsMasterKeyId")) sink.report(r, "no KMS key");
  }
};

// Not applicable to Aurora engines; two resource types.
class DatabaseUnencrypted final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{.id = "test-db-unencrypted",
                                         .title = "Database storage is not encrypted",
                                         .resource_types = {"AWS::RDS::DBInstance", "AWS::RDS::DBCluster"}};
  const model::RuleMeta& meta() const override { return kMeta; }
  void check(const model::Resource& r, model::Sink& sink) const override {
    expect_type(kMeta, r);
    calls.fetch_add(1, std::memory_order_relaxed);
    const model::Value* engine = r.property("Engine");
    if (engine && engine->as_string().starts_with("aurora")) return sink.not_applicable(r);
    if (!r.property("StorageEncrypted")) sink.report(r, "");
  }
  mutable std::atomic<int> calls{0};
};

inline constexpr std::array<model::PackEntry, 5> kTestEntries{{
    {"TestPack", "Test-B1", "test-bucket-unversioned", model::Level::Error, "Bucket keeps no object versions"},
    {"TestPack", "Test-P1", "test-policy-wildcard-action", model::Level::Warning, "Policy grants wildcard actions"},
    {"TestPack", "Test-Q1", "test-queue-unencrypted", model::Level::Error, "Queue is not encrypted"},
    {"TestPack", "Test-D1", "test-db-unencrypted", model::Level::Note, "Database storage is not encrypted"},
    {"OtherPack", "Other-B1", "test-bucket-unversioned", model::Level::Warning, "Versioning is off"},
}};

// The rules above, a catalogue over them and every binding, in table order.
struct TestCatalog {
  BucketUnversioned bucket;
  PolicyWildcardAction policy;
  QueueThrows queue;
  DatabaseUnencrypted database;
  std::array<const model::Rule*, 4> rules{&bucket, &policy, &queue, &database};
  engine::Catalog catalog{rules, kTestEntries};

  std::vector<engine::Binding> bindings() const {
    std::vector<engine::Binding> out;
    for (const model::PackEntry& e : kTestEntries) out.push_back(catalog.bind(e));
    return out;
  }
  std::vector<engine::Binding> only(std::string_view public_id) const {
    return {catalog.bind(*catalog.entry(public_id))};
  }
};

}  // namespace infralint::testing
