#include "terraform/terraform.hpp"

#include <unordered_set>

#include "references.hpp"
#include "terraform/adapter.hpp"
#include "terraform/configuration_reader.hpp"
#include "terraform/plan_reader.hpp"

namespace infralint::loaders::detail {

using model::Member;
using model::Value;
using terraform::TerraformResource;

namespace {

// The document the stack holds: {"Resources": {address: {"Type", "Properties"}}},
// CloudFormation's shape, so rules, references and reporters read it as they read a
// template. A resource without an adapter keeps its Terraform type and attributes.
// `origin` receives, per entry, the index of the Terraform resource it came from (an
// adapter's companions follow their resource).
Value adapted_document(std::vector<TerraformResource>& resources, std::vector<std::size_t>& origin) {
  const terraform::ResourceIndex index(resources);
  std::vector<std::optional<terraform::Adapted>> adapted;
  adapted.reserve(resources.size());
  // Every adapter runs before any resource gives up its values: satellites are read
  // by the resource they configure.
  for (const TerraformResource& r : resources) {
    const terraform::Adapter adapter = terraform::find_adapter(r.type);
    adapted.push_back(adapter ? adapter(terraform::AdapterContext(r, index)) : std::nullopt);
  }
  Value::Object entries;
  entries.reserve(resources.size());
  for (std::size_t i = 0; i < resources.size(); ++i) {
    TerraformResource& r = resources[i];
    const bool has = adapted[i].has_value();
    Value::Object entry;
    entry.push_back(Member{"Type", r.type_location, Value::string(has ? adapted[i]->type : r.type, r.type_location)});
    entry.push_back(Member{"Properties", r.values.location(), has ? std::move(adapted[i]->properties) : std::move(r.values)});
    entries.push_back(Member{r.address, r.location, Value::object(std::move(entry), r.location)});
    origin.push_back(i);
    if (!has) continue;
    for (terraform::Adapted::Companion& c : adapted[i]->companions) {
      Value::Object companion;
      companion.push_back(Member{"Type", r.type_location, Value::string(std::move(c.type), r.type_location)});
      companion.push_back(Member{"Properties", c.properties.location(), std::move(c.properties)});
      entries.push_back(Member{r.address + "/" + c.name, r.location, Value::object(std::move(companion), r.location)});
      origin.push_back(i);
    }
  }
  return Value::object({Member{"Resources", {}, Value::object(std::move(entries))}});
}

// Edges Terraform knows that the adapted properties may not spell (a satellite's
// `bucket` known as a literal name, depends_on): kept so the graph links them.
void add_terraform_edges(model::Resource& resource, const TerraformResource& r, const Value& at) {
  auto add = [&](const std::string& target) {
    if (target == resource.id) return;
    for (const model::Reference& existing : resource.references)
      if (existing.name == target) return;
    resource.references.push_back(model::Reference{model::Reference::Kind::Other, target, &at, nullptr});
  };
  for (const auto& [attribute, targets] : r.references)
    for (const std::string& t : targets) add(t);
  for (const std::string& t : r.other_references) add(t);
}

}  // namespace

bool is_terraform_configuration_path(const std::filesystem::path& path) {
  std::string name = path.filename().string();
  for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return name.size() > 8 && name.ends_with(".tf.json");
}

bool is_terraform_plan(const Value& document) { return terraform::looks_like_plan(document); }

std::vector<std::unique_ptr<model::Stack>> build_terraform_stacks(Value document, bool configuration, StackSource source,
                                                                  std::vector<model::Diagnostic>& diagnostics) {
  std::vector<TerraformResource> resources = configuration
                                                 ? terraform::read_configuration(document, source.file, diagnostics)
                                                 : terraform::read_plan(document);
  std::vector<std::unique_ptr<model::Stack>> out;
  if (configuration && resources.empty()) return out;  // variables or providers only: nothing to judge

  auto stack = std::make_unique<model::Stack>();
  stack->name = std::move(source.name);
  if (configuration && stack->name.ends_with(".tf")) stack->name.resize(stack->name.size() - 3);
  stack->file = source.file;
  stack->file_id = source.file_id;
  stack->format = model::Format::Terraform;
  std::vector<std::size_t> origin;
  stack->root = adapted_document(resources, origin);
  document = Value();  // the plan's other sections are not needed any more

  const Value& entries = *stack->root.find("Resources");
  stack->resources.reserve(entries.size());
  std::unordered_set<std::string_view> seen;
  for (std::size_t i = 0; i < entries.members().size(); ++i) {
    const Member& entry = entries.members()[i];
    if (!seen.insert(entry.key).second) {
      diagnostics.push_back(model::Diagnostic{model::Diagnostic::Severity::Warning, source.file, entry.key_location.line,
                                              entry.key_location.column,
                                              "Terraform address '" + entry.key + "' appears twice; the second is not checked"});
      continue;
    }
    const Member& type = entry.value.members()[0];
    model::Resource& resource = stack->resources.emplace_back();
    resource.id = entry.key;
    resource.type = std::string(type.value.as_string());
    resource.node = &entry.value;
    resource.location = entry.key_location;
    resource.type_location = type.key_location;
    const TerraformResource& from = resources[origin[i]];
    resource.references = collect_references(entry.value);
    // A companion's edges are the ones its properties spell (its parent); the
    // Terraform edges belong to the resource it came from.
    if (entry.key != from.address) continue;
    resource.construct_path = from.construct_path;
    add_terraform_edges(resource, from, type.value);
  }
  out.push_back(std::move(stack));
  return out;
}

}  // namespace infralint::loaders::detail
