// Kubernetes objects carry their suppressions in an annotation, as Kubernetes tools
// do, rather than in CloudFormation-style Metadata:
//
//   metadata:
//     annotations:
//       infralint.io/suppress: "RULE-ID: reason; RULE-ID: reason"
//
// on the object itself, or on the metadata of the pod template it runs
// (spec.template, spec.jobTemplate.spec.template for a CronJob, template for a
// PodTemplate): charts often let users annotate pods but not their controllers.
// Either place suppresses the object's findings. Each entry names a public rule id
// and needs a reason that is not blank, the rule infralint's own metadata follows;
// a malformed entry is reported, never honoured.
#pragma once

#include <string_view>
#include <vector>

#include "infralint/model/resource.hpp"
#include "infralint/model/value.hpp"
#include "suppression_entry.hpp"

namespace infralint::engine {

inline constexpr std::string_view kSuppressAnnotation = "infralint.io/suppress";

// The entries of one annotation value, in written order. `value` must be a string;
// an entry without a colon, without a rule id or with a blank reason carries a
// problem, as does an annotation that lists nothing. Every entry's node is `value`.
std::vector<SuppressionEntry> read_annotation(const model::Value& value);

// The entries of every suppression annotation of a Kubernetes object: its own,
// then its pod template's.
std::vector<SuppressionEntry> read_annotation_entries(const model::Resource& object);

}  // namespace infralint::engine
