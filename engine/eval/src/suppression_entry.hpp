// One in-source suppression entry, `{id, reason, applies_to?, is_reason_encoded?}`, as
// cdk-nag writes it under Metadata.cdk_nag.rules_to_suppress and as infralint reads
// it under Metadata.infralint.suppress; and the rule for which findings it covers.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "infralint/model/finding.hpp"
#include "infralint/model/value.hpp"

namespace infralint::engine {

// cdk-nag's id for "a rule could not run"; an entry with this id and the rule's id in
// applies_to suppresses that rule's validation failures.
inline constexpr std::string_view kValidationFailureId = "CdkNagValidationFailure";

enum class EntryDialect : std::uint8_t {
  CdkNag,     // reasons of at least 10 characters, ids without "[...]", as cdk-nag demands
  Infralint,  // a reason that is not blank
};

// A granular id to match: exact text, or a JavaScript regex literal compiled for RE2.
struct AppliesTo {
  std::string exact;
  std::shared_ptr<const RE2> pattern;  // set for {"regex": "/.../flags"}
  bool matches(const std::string& finding_id) const;
};

struct SuppressionEntry {
  std::string id;
  std::string reason;                             // decoded when is_reason_encoded
  std::optional<std::vector<AppliesTo>> applies_to;  // absent: the whole rule
  const model::Value* node = nullptr;             // the entry in the document
  std::vector<std::string> problems;              // any: reported, never honoured

  bool valid() const { return problems.empty(); }
  // The suppression reason when this entry covers `finding`, as cdk-nag words it.
  std::optional<std::string> reason_for(const model::Finding& finding) const;
};

// Reads a list of entries. A `list` that is not an array yields one entry carrying the
// problem, so it is reported like any other malformed entry.
std::vector<SuppressionEntry> read_entries(const model::Value& list, EntryDialect dialect);

}  // namespace infralint::engine
