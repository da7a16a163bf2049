#include "k8s/common/workload.hpp"

namespace infralint::rules::k8s {

using model::Value;

std::string_view kind_of(const model::Resource& object) {
  const std::string_view type = object.type;
  const std::size_t slash = type.rfind('/');
  return slash == std::string_view::npos ? type : type.substr(slash + 1);
}

std::string_view template_pointer(std::string_view kind) {
  if (kind == "Pod") return "";
  if (kind == "PodTemplate") return "/template";
  if (kind == "CronJob") return "/spec/jobTemplate/spec/template";
  return "/spec/template";
}

namespace {
const Value* mapping_at(const model::Resource& object, std::string_view pointer) {
  const Value* found = object.at(pointer);
  return found && found->is_object() ? found : nullptr;
}
}  // namespace

const Value* pod_spec(const model::Resource& workload) {
  const Value* pod = mapping_at(workload, template_pointer(kind_of(workload)));
  if (!pod) return nullptr;
  const Value* spec = pod->find("spec");
  return spec && spec->is_object() ? spec : nullptr;
}

const Value* pod_metadata(const model::Resource& workload) {
  const Value* pod = mapping_at(workload, template_pointer(kind_of(workload)));
  if (!pod) return nullptr;
  const Value* metadata = pod->find("metadata");
  return metadata && metadata->is_object() ? metadata : nullptr;
}

std::vector<Container> containers(const Value& pod_spec) {
  std::vector<Container> out;
  for (std::string_view list : {"containers", "initContainers", "ephemeralContainers"}) {
    const Value* entries = pod_spec.find(list);
    if (!entries) continue;
    for (const Value& entry : entries->items()) {
      if (!entry.is_object()) continue;
      const Value* name = entry.find("name");
      out.push_back(Container{&entry, list, name && name->is_string() ? name->as_string() : std::string_view()});
    }
  }
  return out;
}

const Value* effective_security_field(const Value& pod_spec, const Value& container, std::string_view field) {
  if (const Value* own = container.find("securityContext"); own && own->is_object())
    if (const Value* value = own->find(field)) return value;
  if (const Value* pod = pod_spec.find("securityContext"); pod && pod->is_object()) return pod->find(field);
  return nullptr;
}

}  // namespace infralint::rules::k8s
