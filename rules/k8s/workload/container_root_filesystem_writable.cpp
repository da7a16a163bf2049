// K8s-BestPractices-FS1: containers run with a read-only root filesystem and write
// only to the volumes they mount.
#include "k8s/common/workload.hpp"
#include "k8s/workload/pod_containers.hpp"
#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::workload {

using model::Value;

class ContainerRootFilesystemWritable final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-workload-container-root-filesystem-writable",
      .title = "Container root filesystem is writable",
      .resource_types = model::TypeList(kWorkloadTypes),
      .what = "A container, init container or ephemeral container whose securityContext does not set "
              "readOnlyRootFilesystem: true (the field exists only on containers, so the pod's securityContext "
              "cannot set it for them). A value that is not a boolean is unresolved. One finding per container, "
              "granular id container:<name>.",
      .why = "A writable image filesystem lets an intruder drop tools, alter binaries or configuration and "
             "persist until the container restarts, and it hides where the application really writes. With a "
             "read-only root, writes go only to declared volumes (an emptyDir for /tmp), which are easy to "
             "review and size. A warning: it hardens a container rather than closing an open door.",
      .fix_cfn = "spec:\n"
                 "  containers:\n"
                 "    - name: web\n"
                 "      image: registry.example.com/web:1.4.2\n"
                 "      securityContext:\n"
                 "        readOnlyRootFilesystem: true\n"
                 "      volumeMounts:\n"
                 "        - {name: tmp, mountPath: /tmp}\n"
                 "  volumes:\n"
                 "    - name: tmp\n"
                 "      emptyDir: {}",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& workload, model::Sink& sink) const override {
    const Value* spec = pod_spec_or_report(workload, sink);
    if (spec == nullptr) return;
    for (const PodContainer& container : pod_containers(*spec, kAllLists)) {
      const Value* context = container.value->find("securityContext");
      const Value* read_only = context ? context->find("readOnlyRootFilesystem") : nullptr;
      if (context != nullptr && !context->is_null() && !context->is_object()) {
        sink.unresolved(workload, context, container.label() + " has a securityContext that is not a mapping");
        continue;
      }
      if (read_only == nullptr || read_only->is_null()) {
        sink.report(workload, context && !context->is_null() ? context : container.value,
                    container.label() + " does not set readOnlyRootFilesystem", container.granular_id());
        continue;
      }
      if (!read_only->is_bool()) {
        sink.unresolved(workload, read_only, container.label() + " has a readOnlyRootFilesystem that is not a boolean");
        continue;
      }
      if (!read_only->as_bool())
        sink.report(workload, read_only, container.label() + " sets readOnlyRootFilesystem: false",
                    container.granular_id());
    }
  }
};

INFRALINT_RULE_INSTANCE(ContainerRootFilesystemWritable)

}  // namespace infralint::rules::k8s::workload
