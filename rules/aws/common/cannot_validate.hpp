// cdk-nag reports "could not validate" whenever one of its rules throws: a value the
// rule needs is an intrinsic it will not guess at (NagRules.resolveIfPrimitive), or
// JavaScript raised a TypeError on a shape the rule did not expect. Ported rules throw
// CannotValidate at the same points; NagRule turns it into Sink::unresolved.
#pragma once

#include <stdexcept>
#include <string>

#include "infralint/model/value.hpp"

namespace infralint::rules::aws {

class CannotValidate : public std::runtime_error {
 public:
  // `at` is the value that stopped the rule (nullptr: the resource as a whole).
  CannotValidate(const model::Value* at, const std::string& detail) : std::runtime_error(detail), at_(at) {}
  const model::Value* at() const { return at_; }

 private:
  const model::Value* at_;
};

}  // namespace infralint::rules::aws
