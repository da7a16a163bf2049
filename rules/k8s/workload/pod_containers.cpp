#include "k8s/workload/pod_containers.hpp"

#include "k8s/common/workload.hpp"

namespace infralint::rules::k8s::workload {

using model::Value;

namespace {
unsigned list_flag(std::string_view list) {
  if (list == "containers") return kRegular;
  if (list == "initContainers") return kInit;
  return kEphemeral;
}

std::string_view list_label(std::string_view list) {
  if (list == "containers") return "container";
  if (list == "initContainers") return "init container";
  return "ephemeral container";
}

std::string_view string_field(const Value& object, std::string_view key) {
  const Value* value = object.find(key);
  return value && value->is_string() ? value->as_string() : std::string_view();
}
}  // namespace

std::string PodContainer::granular_id() const {
  if (name.empty()) return "container:" + std::string(list) + "/" + std::to_string(position);
  return "container:" + std::string(name);
}

std::string PodContainer::label() const {
  std::string out(list_label(list));
  if (name.empty()) return out + " #" + std::to_string(position + 1) + " of " + std::string(list);
  return out + " " + std::string(name);
}

std::vector<PodContainer> pod_containers(const Value& pod_spec, unsigned lists) {
  std::vector<PodContainer> out;
  std::string_view previous_list;
  std::size_t position = 0;
  for (const Container& c : containers(pod_spec)) {
    position = c.list == previous_list ? position + 1 : 0;
    previous_list = c.list;
    if ((list_flag(c.list) & lists) != 0) out.push_back(PodContainer{c.value, c.list, c.name, position});
  }
  return out;
}

bool is_sidecar(const Value& container) { return string_field(container, "restartPolicy") == "Always"; }

const Value* pod_spec_or_report(const model::Resource& workload, model::Sink& sink) {
  if (const Value* spec = pod_spec(workload)) return spec;
  // Walk down the template path to tell "nothing there" from "something unreadable".
  const std::string path = std::string(template_pointer(kind_of(workload))) + "/spec";
  for (std::size_t end = path.find('/', 1);; end = path.find('/', end + 1)) {
    const Value* step = workload.at(std::string_view(path).substr(0, end));
    if (step == nullptr || step->is_null()) break;
    if (!step->is_object()) {
      sink.unresolved(workload, step, "the pod template is not a mapping, so its containers cannot be read");
      return nullptr;
    }
    if (end == std::string::npos) break;
  }
  sink.not_applicable(workload);
  return nullptr;
}

bool runs_to_completion(const model::Resource& workload, const Value& pod_spec) {
  const std::string_view kind = kind_of(workload);
  if (kind == "Job" || kind == "CronJob") return true;
  const std::string_view restart = string_field(pod_spec, "restartPolicy");
  return restart == "Never" || restart == "OnFailure";
}

}  // namespace infralint::rules::k8s::workload
