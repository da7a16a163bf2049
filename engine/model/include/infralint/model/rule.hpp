// The rule interface: the logic of one policy over one resource. A rule knows
// nothing of packs, public ids, levels or files: packs bind those (pack.hpp).
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include "infralint/model/resource.hpp"

namespace infralint::model {

// The resource types a rule judges; the engine dispatches only those.
class TypeList {
 public:
  // Kubernetes workload rules judge a dozen apiVersion/kind pairs.
  static constexpr std::size_t kMax = 24;
  constexpr TypeList(std::initializer_list<std::string_view> types) {
    for (std::string_view t : types)
      if (count_ < kMax) items_[count_++] = t;
  }
  // A list shared by several rules (every workload kind, say).
  template <std::size_t N>
  constexpr TypeList(const std::array<std::string_view, N>& types) {
    static_assert(N <= kMax);
    for (std::string_view t : types) items_[count_++] = t;
  }
  constexpr const std::string_view* begin() const { return items_.data(); }
  constexpr const std::string_view* end() const { return items_.data() + count_; }
  constexpr std::size_t size() const { return count_; }

 private:
  std::array<std::string_view, kMax> items_{};
  std::size_t count_ = 0;
};

// What a rule is, in our own words. The prose feeds --explain and docs/rules.md.
struct RuleMeta {
  std::string_view id;     // internal id naming the bad pattern: aws-s3-bucket-no-access-logs
  std::string_view title;  // one line: "S3 bucket does not log server access"
  TypeList resource_types;
  std::string_view what = {};     // what it flags, precisely
  std::string_view why = {};      // why it matters
  std::string_view fix_cfn = {};  // a compliant CloudFormation snippet (YAML)
  std::string_view fix_cdk = {};  // the CDK property or call that fixes it
  // Behaviour of the cdk-nag rule that looks wrong but is matched on purpose, so a
  // verdict means what cdk-nag would have said; "" when there is none.
  std::string_view cdk_nag_quirks = {};
};

// Where a rule reports. Each call is one finding (or one could-not-evaluate).
class Sink {
 public:
  virtual ~Sink() = default;
  // The resource breaks the rule. `at` is the offending value inside the resource
  // (nullptr: the resource itself, e.g. a property is missing; a value of another
  // resource counts as nullptr: the finding stays on the resource judged). `granular_id` names
  // one of several findings of the rule on this resource ("Action::s3:*"), so each
  // can be suppressed on its own.
  virtual void report(const Resource& resource, const Value* at, std::string detail,
                      std::string granular_id = {}) = 0;
  // The rule cannot decide: a value it needs is not known before deploy (an
  // intrinsic it does not resolve, an import, a Terraform unknown).
  virtual void unresolved(const Resource& resource, const Value* at, std::string detail) = 0;
  // The resource has the rule's type but the rule does not apply to it (cdk-nag's
  // N/A: an engine the rule does not cover, say).
  virtual void not_applicable(const Resource& resource) = 0;

  void report(const Resource& resource, std::string detail) {
    report(resource, nullptr, std::move(detail));
  }
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleMeta& meta() const = 0;
  // Judges one resource of one of meta().resource_types. May throw: the engine turns
  // an exception into an evaluation-error finding for that resource.
  virtual void check(const Resource& resource, Sink& sink) const = 0;
};

}  // namespace infralint::model
