// Kubernetes label selectors ({matchLabels, matchExpressions}) against a pod's labels.
#pragma once

#include "infralint/model/value.hpp"

namespace infralint::rules::k8s::workload {

enum class Selects { Yes, No, Unknown };

// Whether `selector` selects a pod labelled `labels` (a mapping, or null for none).
// A missing selector selects nothing; an empty one selects every pod when
// `empty_selects_all` (policy/v1 PodDisruptionBudget) and nothing otherwise
// (policy/v1beta1). Every matchLabels pair and every matchExpressions requirement
// (In, NotIn, Exists, DoesNotExist) must hold. Unknown when a part cannot be read (an
// unknown operator, a value that is not a mapping or list) and no other part
// already rules the pod out.
Selects selects(const model::Value* selector, const model::Value* labels, bool empty_selects_all);

}  // namespace infralint::rules::k8s::workload
