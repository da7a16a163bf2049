// Reading a pod the way the Pod Security Standards do. Every PSS rule judges the same
// handful of shapes (the pod's securityContext, each container's, lists of volumes,
// ports, capabilities), and each must treat them alike: an absent or null field is
// unset, exactly as the API server decodes it, while a value of the wrong shape (a
// string where a boolean belongs, a list where a mapping belongs) cannot be judged and
// is reported as unresolved instead of being passed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "infralint/model/resource.hpp"
#include "infralint/model/rule.hpp"
#include "infralint/model/value.hpp"
#include "k8s/common/workload.hpp"

namespace infralint::rules::k8s::pss {

enum class Presence : std::uint8_t {
  Unset,        // absent or null
  Known,        // present with the expected shape: `value` holds it
  Unjudgeable,  // present with another shape, or unknowable before deploy (already reported)
};

template <class T>
struct Field {
  Presence presence = Presence::Unset;
  T value{};
  const model::Value* at = nullptr;  // the value as written; nullptr when absent
  bool known() const { return presence == Presence::Known; }
  bool unset() const { return presence == Presence::Unset; }
  bool unjudgeable() const { return presence == Presence::Unjudgeable; }
};

class PodReader {
 public:
  // The reader for a workload's pod; when the object has no pod spec (a Deployment
  // without a template, say) the rule has nothing to judge: reports not-applicable
  // and returns nullopt.
  static std::optional<PodReader> open(const model::Resource& object, model::Sink& sink);

  const model::Resource& object() const { return *object_; }
  const model::Value& spec() const { return *spec_; }
  // Every container, then init container, then ephemeral container. The first call
  // reports a container list, or an entry of one, that is not the shape Kubernetes
  // reads, so a rule that judges containers never passes one it could not see.
  const std::vector<Container>& containers();

  // A member of `parent` read as one shape; `parent` nullptr reads as unset. A member
  // of another shape is reported unresolved (naming `key`) and read as Unjudgeable.
  Field<const model::Value*> mapping(const model::Value* parent, std::string_view key);
  Field<const model::Value*> list(const model::Value* parent, std::string_view key);
  Field<bool> flag(const model::Value* parent, std::string_view key);
  Field<std::string_view> text(const model::Value* parent, std::string_view key);
  Field<long long> integer(const model::Value* parent, std::string_view key);
  // The same below a field already read: below an unjudgeable field everything is
  // unjudgeable (and was reported once, there), below an unset one everything is unset.
  Field<const model::Value*> mapping(const Field<const model::Value*>& parent, std::string_view key) {
    return below(parent, &PodReader::mapping, key);
  }
  Field<const model::Value*> list(const Field<const model::Value*>& parent, std::string_view key) {
    return below(parent, &PodReader::list, key);
  }
  Field<bool> flag(const Field<const model::Value*>& parent, std::string_view key) {
    return below(parent, &PodReader::flag, key);
  }
  Field<std::string_view> text(const Field<const model::Value*>& parent, std::string_view key) {
    return below(parent, &PodReader::text, key);
  }
  Field<long long> integer(const Field<const model::Value*>& parent, std::string_view key) {
    return below(parent, &PodReader::integer, key);
  }
  // An item of the list `list_key` read as a string or a mapping; reported unresolved
  // otherwise.
  Field<std::string_view> text_item(const model::Value& item, std::string_view list_key);
  Field<const model::Value*> mapping_item(const model::Value& item, std::string_view list_key);

  // spec.securityContext, read once per reader however often a rule asks.
  Field<const model::Value*> pod_security_context();
  Field<const model::Value*> security_context(const Container& container) {
    return mapping(container.value, "securityContext");
  }
  // The pod's (nullptr) or a container's securityContext, for checks that judge both alike.
  Field<const model::Value*> security_context(const Container* container) {
    return container ? security_context(*container) : pod_security_context();
  }

  // spec.os.name == "windows": the Linux-only restricted controls leave such pods alone.
  Field<bool> windows();
  // spec.hostUsers == false: the pod runs in a user namespace of its own, where root
  // inside is not root on the node.
  Field<bool> own_user_namespace();

  // "container:<name>", or "container:<list>[<index>]" for a container without a name:
  // the granular id that lets each container's finding be suppressed on its own.
  std::string granular_id(const Container& container) const;
  // "container 'web'" (or "init container 'setup'", "ephemeral container 'debug'").
  std::string describe(const Container& container) const;
  // The same for the pod (nullptr) or a container: "pod" and "the pod" for the pod.
  std::string granular_id(const Container* container) const {
    return container ? granular_id(*container) : std::string("pod");
  }
  std::string describe(const Container* container) const {
    return container ? describe(*container) : std::string("the pod");
  }

  void violation(const model::Value* at, std::string detail, std::string granular_id) {
    sink_->report(*object_, at, std::move(detail), std::move(granular_id));
  }
  void unresolved(const model::Value* at, std::string detail) { sink_->unresolved(*object_, at, std::move(detail)); }
  void not_applicable() { sink_->not_applicable(*object_); }

 private:
  PodReader(const model::Resource& object, const model::Value& spec, model::Sink& sink);
  template <class T>
  Field<T> below(const Field<const model::Value*>& parent,
                 Field<T> (PodReader::*read)(const model::Value*, std::string_view), std::string_view key) {
    if (parent.unjudgeable()) return Field<T>{Presence::Unjudgeable, T{}, nullptr};
    return (this->*read)(parent.value, key);
  }
  // Unset when absent or null; Unjudgeable (and reported) when not known before deploy;
  // Known otherwise, its shape still to be checked by the caller.
  Presence presence_of(const model::Value* value, std::string_view key);

  const model::Resource* object_;
  const model::Value* spec_;
  model::Sink* sink_;
  std::optional<std::vector<Container>> containers_;
  std::optional<Field<const model::Value*>> pod_security_context_;
};

}  // namespace infralint::rules::k8s::pss
