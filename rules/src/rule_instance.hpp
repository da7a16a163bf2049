// How a rule file hands its rule to the registry without self-registering statics:
// the file ends with INFRALINT_RULE_INSTANCE(Class) inside its namespace, which
// defines `instance_of_Class()`, the one instance of the rule, built on first use.
// rules.def lists the same (namespace, Class) pairs, and catalog.cpp calls them.
#pragma once

#include "infralint/model/rule.hpp"

#define INFRALINT_RULE_INSTANCE(Class)               \
  const ::infralint::model::Rule& instance_of_##Class() { \
    static const Class rule;                         \
    return rule;                                     \
  }
