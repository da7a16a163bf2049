// ECS: aws_ecs_cluster as AWS::ECS::Cluster (its `setting` blocks as ClusterSettings)
// and aws_ecs_task_definition as AWS::ECS::TaskDefinition, whose container_definitions
// JSON text (the ECS API's camelCase) is read into CloudFormation's PascalCase
// ContainerDefinitions.
#include <cctype>

#include "terraform/adapter.hpp"
#include "terraform/aws/common.hpp"
#include "terraform/policy_json.hpp"
#include "terraform/values.hpp"

namespace infralint::loaders::detail::terraform::aws {

using model::Member;
using model::Value;

namespace {

// Container definitions nest a few levels (logConfiguration.secretOptions[]); anything
// deeper is left as written rather than walked without bound.
constexpr int kMaxDepth = 16;

bool holds_user_keys(std::string_view key) {
  // Maps whose keys are the user's (log driver options, Docker labels): kept as written.
  return key == "options" || key == "dockerLabels";
}

// logDriver -> LogDriver, through objects and lists.
void pascal_case_keys(Value& v, int depth) {
  if (depth > kMaxDepth) return;
  if (v.is_array()) {
    for (Value& item : v.items()) pascal_case_keys(item, depth + 1);
    return;
  }
  if (!v.is_object()) return;
  for (Member& m : v.members()) {
    const bool user_keys = holds_user_keys(m.key);
    if (!m.key.empty()) m.key[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(m.key[0])));
    if (!user_keys) pascal_case_keys(m.value, depth + 1);
  }
}

// The container list, or the unknown marker when the text is unknown or not a JSON list
// (rules looping over it then answer unresolved).
Value container_definitions(const Value* text) {
  if (text == nullptr) return Value();
  // parse_policy reads any JSON text; what is not JSON (or unknown) comes back as an
  // object, which a container list never is.
  std::optional<Value> parsed = parse_policy(text);
  if (!parsed || !parsed->is_array()) return unknown_value(text->location());
  pascal_case_keys(*parsed, 0);
  return std::move(*parsed);
}

}  // namespace

std::optional<Adapted> adapt_ecs_cluster(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("ClusterName", ctx.attribute("name"));
  if (const Value* list = ctx.attribute("setting"); list != nullptr && is_unknown(*list)) {
    p.copy("ClusterSettings", list);
  } else if (const std::vector<const Value*> settings = blocks(&ctx.values(), "setting"); !settings.empty()) {
    Value::Array out;
    for (const Value* s : settings)
      out.push_back(ObjectBuilder().copy("Name", attribute(s, "name")).copy("Value", attribute(s, "value")).build(s->location()));
    p.set("ClusterSettings", Value::array(std::move(out), list->location()));
  }
  p.set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::ECS::Cluster", p.build(ctx.values().location())};
}

std::optional<Adapted> adapt_ecs_task_definition(const AdapterContext& ctx) {
  ObjectBuilder p;
  p.copy("Family", ctx.attribute("family"))
      .set("ContainerDefinitions", container_definitions(ctx.attribute("container_definitions")))
      .copy("Cpu", ctx.attribute("cpu"))
      .copy("Memory", ctx.attribute("memory"))
      .copy("NetworkMode", ctx.attribute("network_mode"))
      .copy("RequiresCompatibilities", ctx.attribute("requires_compatibilities"))
      .copy("ExecutionRoleArn", ctx.attribute("execution_role_arn"))
      .copy("TaskRoleArn", ctx.attribute("task_role_arn"))
      .copy("PidMode", ctx.attribute("pid_mode"))
      .copy("IpcMode", ctx.attribute("ipc_mode"))
      .set("Tags", tags_list(ctx.attribute("tags")));
  return Adapted{"AWS::ECS::TaskDefinition", p.build(ctx.values().location())};
}

}  // namespace infralint::loaders::detail::terraform::aws
