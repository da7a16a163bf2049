// What a scan hands to reporters besides findings: the catalogue of rules that ran,
// per-(rule, resource) verdicts, and the scan summary. Plain data, no graph.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "infralint/model/diagnostic.hpp"
#include "infralint/model/finding.hpp"
#include "infralint/model/level.hpp"

namespace infralint::model {

// One public rule (a pack entry) with the prose of the rule it binds.
struct RuleInfo {
  std::string id;     // AwsSolutions-S1
  std::string pack;   // AwsSolutions
  std::string rule;   // internal id: aws-s3-bucket-no-access-logs
  Level level = Level::Error;
  std::string title;    // one line (the rule's title)
  std::string message;  // the pack's headline for a finding
  std::string what, why, fix_cfn, fix_cdk;
  std::string cdk_nag_quirks;  // see RuleMeta::cdk_nag_quirks
  std::vector<std::string> resource_types;
  std::string help_uri;

  // How to title fix_cfn: Kubernetes rules keep a compliant manifest there.
  std::string_view fix_template_label() const {
    return std::string_view(rule).starts_with("k8s-") ? "Compliant manifest" : "Fix in CloudFormation";
  }
};

// The outcome of one (public rule, resource) pair that was evaluated.
struct Verdict {
  enum class State : std::uint8_t { Compliant, NonCompliant, NotApplicable, Unresolved, Error, Suppressed };
  std::string rule_id;  // public id
  std::string pack;
  std::string stack;
  std::string resource_id;
  std::string resource_type;
  std::string construct_path;
  std::string file;
  State state = State::Compliant;
  std::string reason;  // suppression reason, or the failure message
};

struct Timing {
  std::string phase;  // discover, parse, graph, evaluate, report
  double milliseconds = 0;
};

struct ScanSummary {
  std::string tool_version;
  std::size_t files = 0;      // input files loaded
  std::size_t stacks = 0;
  std::size_t resources = 0;
  std::size_t rules_run = 0;  // public rules that ran
  std::vector<Diagnostic> diagnostics;  // unreadable/malformed inputs, in path order
  std::vector<Timing> timings;          // empty unless --timings
};

}  // namespace infralint::model
