#include "k8s/pss/pod_reader.hpp"

#include <cmath>

namespace infralint::rules::k8s::pss {

using model::Value;

namespace {

std::string_view shape_name(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::Null: return "null";
    case Value::Kind::Bool: return "a boolean";
    case Value::Kind::Number: return "a number";
    case Value::Kind::String: return "a string";
    case Value::Kind::Array: return "a list";
    case Value::Kind::Object: return "a mapping";
  }
  return "a value";
}

std::string wrong_shape(std::string_view key, const Value& value, std::string_view expected) {
  std::string detail(key);
  return detail.append(" is ").append(shape_name(value)).append(" where ").append(expected).append(" belongs");
}

}  // namespace

std::optional<PodReader> PodReader::open(const model::Resource& object, model::Sink& sink) {
  const Value* spec = pod_spec(object);
  if (!spec) {
    sink.not_applicable(object);
    return std::nullopt;
  }
  return PodReader(object, *spec, sink);
}

PodReader::PodReader(const model::Resource& object, const Value& spec, model::Sink& sink)
    : object_(&object), spec_(&spec), sink_(&sink) {}

const std::vector<Container>& PodReader::containers() {
  if (containers_) return *containers_;
  for (std::string_view key : {"containers", "initContainers", "ephemeralContainers"}) {
    const Field<const Value*> entries = list(spec_, key);
    if (entries.known())
      for (const Value& entry : entries.value->items()) mapping_item(entry, key);
  }
  containers_ = k8s::containers(*spec_);
  return *containers_;
}

Presence PodReader::presence_of(const Value* value, std::string_view key) {
  if (!value || value->is_null()) return Presence::Unset;
  if (value->origin() == model::Origin::Unresolved) {
    unresolved(value, std::string(key) + " is not known before deploy");
    return Presence::Unjudgeable;
  }
  return Presence::Known;
}

Field<const Value*> PodReader::mapping(const Value* parent, std::string_view key) {
  const Value* value = parent ? parent->find(key) : nullptr;
  Field<const Value*> field{presence_of(value, key), nullptr, value};
  if (!field.known()) return field;
  if (!value->is_object()) {
    unresolved(value, wrong_shape(key, *value, "a mapping"));
    field.presence = Presence::Unjudgeable;
    return field;
  }
  field.value = value;
  return field;
}

Field<const Value*> PodReader::list(const Value* parent, std::string_view key) {
  const Value* value = parent ? parent->find(key) : nullptr;
  Field<const Value*> field{presence_of(value, key), nullptr, value};
  if (!field.known()) return field;
  if (!value->is_array()) {
    unresolved(value, wrong_shape(key, *value, "a list"));
    field.presence = Presence::Unjudgeable;
    return field;
  }
  field.value = value;
  return field;
}

Field<bool> PodReader::flag(const Value* parent, std::string_view key) {
  const Value* value = parent ? parent->find(key) : nullptr;
  Field<bool> field{presence_of(value, key), false, value};
  if (!field.known()) return field;
  // The API server decodes booleans strictly: "true" in quotes is a type error, not true.
  if (!value->is_bool()) {
    unresolved(value, wrong_shape(key, *value, "a boolean"));
    field.presence = Presence::Unjudgeable;
    return field;
  }
  field.value = value->as_bool();
  return field;
}

Field<std::string_view> PodReader::text(const Value* parent, std::string_view key) {
  const Value* value = parent ? parent->find(key) : nullptr;
  Field<std::string_view> field{presence_of(value, key), {}, value};
  if (!field.known()) return field;
  if (!value->is_string()) {
    unresolved(value, wrong_shape(key, *value, "a string"));
    field.presence = Presence::Unjudgeable;
    return field;
  }
  field.value = value->as_string();
  return field;
}

Field<long long> PodReader::integer(const Value* parent, std::string_view key) {
  const Value* value = parent ? parent->find(key) : nullptr;
  Field<long long> field{presence_of(value, key), 0, value};
  if (!field.known()) return field;
  const std::optional<double> number = value->is_number() ? value->as_number() : std::nullopt;
  if (!number || std::floor(*number) != *number) {
    unresolved(value, wrong_shape(key, *value, "an integer"));
    field.presence = Presence::Unjudgeable;
    return field;
  }
  field.value = static_cast<long long>(*number);
  return field;
}

Field<std::string_view> PodReader::text_item(const Value& item, std::string_view list_key) {
  const std::string what = "an entry of " + std::string(list_key);
  Field<std::string_view> field{presence_of(&item, what), {}, &item};
  if (!field.known()) return field;
  if (!item.is_string()) {
    unresolved(&item, wrong_shape(what, item, "a string"));
    field.presence = Presence::Unjudgeable;
    return field;
  }
  field.value = item.as_string();
  return field;
}

Field<const Value*> PodReader::mapping_item(const Value& item, std::string_view list_key) {
  const std::string what = "an entry of " + std::string(list_key);
  Field<const Value*> field{presence_of(&item, what), nullptr, &item};
  if (!field.known()) return field;
  if (!item.is_object()) {
    unresolved(&item, wrong_shape(what, item, "a mapping"));
    field.presence = Presence::Unjudgeable;
    return field;
  }
  field.value = &item;
  return field;
}

Field<const Value*> PodReader::pod_security_context() {
  if (!pod_security_context_) pod_security_context_ = mapping(spec_, "securityContext");
  return *pod_security_context_;
}

Field<bool> PodReader::windows() {
  const Field<const Value*> os = mapping(spec_, "os");
  const Field<std::string_view> name = text(os, "name");
  return Field<bool>{name.presence, name.known() && name.value == "windows", name.at};
}

Field<bool> PodReader::own_user_namespace() {
  const Field<bool> host_users = flag(spec_, "hostUsers");
  return Field<bool>{host_users.presence, host_users.known() && !host_users.value, host_users.at};
}

std::string PodReader::granular_id(const Container& container) const {
  if (!container.name.empty()) return "container:" + std::string(container.name);
  // Unnamed (the API server would refuse it, but the manifest still deserves a verdict):
  // name it by its place, which containers() guarantees lies inside that list.
  const Value* list = spec_->find(container.list);
  const auto index = list ? container.value - list->items().data() : 0;
  return "container:" + std::string(container.list) + "[" + std::to_string(index) + "]";
}

std::string PodReader::describe(const Container& container) const {
  std::string out = container.list == "initContainers"        ? "init container"
                    : container.list == "ephemeralContainers" ? "ephemeral container"
                                                              : "container";
  if (container.name.empty()) return out + " without a name";
  return out.append(" '").append(container.name).append("'");
}

}  // namespace infralint::rules::k8s::pss
