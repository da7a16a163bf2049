#include "cdk_assembly.hpp"

#include <deque>
#include <system_error>

#include "display_path.hpp"
#include "file_reader.hpp"
#include "infralint/loaders/readers.hpp"

namespace infralint::loaders::detail {

namespace fs = std::filesystem;
using model::Diagnostic;
using model::Location;
using model::Member;
using model::Value;

namespace {

constexpr std::string_view kStackArtifact = "aws:cloudformation:stack";
constexpr std::string_view kAssemblyArtifact = "cdk:cloud-assembly";
constexpr std::string_view kTreeArtifact = "cdk:tree";
constexpr std::string_view kDefaultTreeFile = "tree.json";
constexpr std::string_view kNestedTemplateSuffix = ".nested.template.json";

Diagnostic error_at(const std::string& file, Location at, std::string message) {
  return Diagnostic{Diagnostic::Severity::Error, file, at.line, at.column, std::move(message)};
}

std::string string_member(const Value* object, std::string_view key) {
  const Value* v = object ? object->find(key) : nullptr;
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

// True when the canonical path `path` is the canonical folder `dir` or lies inside it
// (a nested assembly naming its own folder is let through: the queue loads it once).
bool is_within(std::string_view path, std::string_view dir) {
  return path.starts_with(dir) && (path.size() == dir.size() || dir.ends_with('/') || path[dir.size()] == '/');
}

std::string outside_message(std::string_view what) {
  return std::string(what) + " lies outside the assembly folder and is not read (--follow-symlinks reads it)";
}

// The "aws:cdk:logicalId" entries of one stack artifact's metadata.
std::shared_ptr<const ConstructPaths> artifact_construct_paths(const Value& artifact) {
  auto paths = std::make_shared<ConstructPaths>();
  const Value* metadata = artifact.find("metadata");
  if (!metadata) return paths;
  for (const Member& path : metadata->members()) {
    for (const Value& entry : path.value.items()) {
      const Value* type = entry.find("type");
      const Value* data = entry.find("data");
      if (type && type->as_string() == "aws:cdk:logicalId" && data && data->is_string())
        paths->add(path.key, std::string(data->as_string()));
    }
  }
  return paths;
}

class AssemblyLoader {
 public:
  AssemblyLoader(const Limits& limits, bool follow_links, Discovery& out)
      : limits_(limits), follow_links_(follow_links), out_(out) {}

  void load(const fs::path& dir, const std::string& display, Value manifest) {
    // Nested assemblies are queued, not recursed into: a manifest naming its own
    // folder, or a cycle of them, ends at the canonical-path check.
    std::deque<Pending> queue;
    queue.push_back(Pending{dir, display, std::move(manifest), nullptr, {}});
    while (!queue.empty()) {
      Pending next = std::move(queue.front());
      queue.pop_front();
      std::error_code ec;
      const std::string canonical = fs::canonical(next.dir, ec).string();
      if (ec) continue;
      bool seen = false;
      for (const AssemblyFolder& a : out_.assemblies) seen |= a.canonical == canonical;
      if (seen) continue;
      out_.assemblies.push_back(AssemblyFolder{next.dir, next.display, canonical});
      next.canonical = canonical;
      if (auto own = own_construct_tree(next)) next.tree = std::move(own);
      read_artifacts(next, queue);
    }
  }

 private:
  struct Pending {
    fs::path dir;
    std::string display;
    Value manifest;
    // The construct tree that describes this assembly's stacks: its own tree.json,
    // else the enclosing assembly's (CDK writes one, at the app's top, for all Stages).
    std::shared_ptr<const ConstructTreeFile> tree;
    std::string canonical = {};  // of `dir`, set when the assembly is taken from the queue
  };

  // The tree.json the manifest's cdk:tree artifact names ("tree.json" when it names
  // none), to be read later; null when the folder has none.
  std::shared_ptr<const ConstructTreeFile> own_construct_tree(const Pending& assembly) {
    std::string name(kDefaultTreeFile);
    if (const Value* artifacts = assembly.manifest.find("artifacts")) {
      for (const Member& artifact : artifacts->members()) {
        if (string_member(&artifact.value, "type") != kTreeArtifact) continue;
        // A plain file name only: the tree is read from inside the assembly, never
        // from wherever a crafted manifest points.
        const std::string file = string_member(artifact.value.find("properties"), "file");
        if (!file.empty() && file != "." && file != ".." && file.find_first_of("/\\") == std::string::npos) name = file;
        break;
      }
    }
    std::error_code ec;
    if (!fs::is_regular_file(assembly.dir / name, ec)) return nullptr;
    if (!allowed(fs::canonical(assembly.dir / name, ec).string(), assembly) || ec) {
      out_.diagnostics.push_back(error_at(join_display(assembly.display, "manifest.json"), Location{},
                                          outside_message("construct tree '" + name + "'")));
      return nullptr;
    }
    auto tree = std::make_shared<ConstructTreeFile>();
    tree->path = assembly.dir / name;
    tree->display = join_display(assembly.display, name);
    out_.construct_trees.push_back(tree);
    return tree;
  }

  void read_artifacts(const Pending& assembly, std::deque<Pending>& queue) {
    const std::string manifest_display = join_display(assembly.display, "manifest.json");
    const Value* artifacts = assembly.manifest.find("artifacts");
    if (!artifacts) return;
    if (!artifacts->is_object()) {
      out_.diagnostics.push_back(error_at(manifest_display, artifacts->location(), "\"artifacts\" is not an object"));
      return;
    }
    for (const Member& artifact : artifacts->members()) {
      const std::string type = string_member(&artifact.value, "type");
      if (type == kStackArtifact) {
        add_stack(assembly, manifest_display, artifact);
      } else if (type == kAssemblyArtifact) {
        add_nested_assembly(assembly, manifest_display, artifact, queue);
      }
    }
  }

  void add_stack(const Pending& assembly, const std::string& manifest_display, const Member& artifact) {
    const Value* properties = artifact.value.find("properties");
    const Value* template_file = properties ? properties->find("templateFile") : nullptr;
    if (!template_file || !template_file->is_string() || template_file->as_string().empty()) {
      out_.diagnostics.push_back(error_at(manifest_display, artifact.key_location,
                                          "stack artifact '" + artifact.key + "' has no properties.templateFile"));
      return;
    }
    const std::string name(template_file->as_string());
    const fs::path path = assembly.dir / name;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::is_regular_file(status)) {
      const std::string why = fs::exists(status) ? "is not a regular file" : "does not exist";
      out_.diagnostics.push_back(error_at(manifest_display, template_file->location(),
                                          "template '" + name + "' of stack artifact '" + artifact.key + "' " + why));
      return;
    }
    const std::string canonical = fs::canonical(path, ec).string();
    if (ec) return;
    if (!allowed(canonical, assembly)) {
      out_.diagnostics.push_back(error_at(
          manifest_display, template_file->location(),
          outside_message("template '" + name + "' of stack artifact '" + artifact.key + "'")));
      return;
    }
    if (!out_.claimed.insert(canonical).second) return;  // loaded once, whoever names it

    Unit unit;
    unit.kind = Unit::Kind::AssemblyStack;
    unit.path = path;
    unit.display = join_display(assembly.display, name);
    unit.canonical = canonical;
    const std::string stack_name = string_member(properties, "stackName");
    unit.stack_name = stack_name.empty() ? artifact.key : stack_name;
    unit.construct_path = string_member(&artifact.value, "displayName");
    unit.manifest_paths = artifact_construct_paths(artifact.value);
    unit.construct_tree = assembly.tree;
    unit.assembly_dir = assembly.dir;
    unit.assembly_display = assembly.display;
    out_.units.push_back(std::move(unit));
  }

  void add_nested_assembly(const Pending& assembly, const std::string& manifest_display, const Member& artifact,
                           std::deque<Pending>& queue) {
    const Value* properties = artifact.value.find("properties");
    const Value* directory = properties ? properties->find("directoryName") : nullptr;
    if (!directory || !directory->is_string() || directory->as_string().empty()) {
      out_.diagnostics.push_back(error_at(manifest_display, artifact.key_location,
                                          "assembly artifact '" + artifact.key + "' has no properties.directoryName"));
      return;
    }
    const std::string name(directory->as_string());
    const fs::path dir = assembly.dir / name;
    const std::string display = join_display(assembly.display, name);
    std::error_code ec;
    if (!fs::is_regular_file(dir / "manifest.json", ec)) {
      out_.diagnostics.push_back(error_at(manifest_display, directory->location(),
                                          "nested assembly '" + name + "' of artifact '" + artifact.key +
                                              "' has no manifest.json"));
      return;
    }
    if (!allowed(fs::canonical(dir, ec).string(), assembly) || ec) {
      out_.diagnostics.push_back(error_at(
          manifest_display, directory->location(),
          outside_message("nested assembly '" + name + "' of artifact '" + artifact.key + "'")));
      return;
    }
    ManifestRead read = read_manifest(dir, display, limits_);
    if (read.status == ManifestRead::Status::Malformed) {
      out_.diagnostics.push_back(std::move(read.diagnostic));
      return;
    }
    queue.push_back(Pending{dir, display, std::move(read.document), assembly.tree, {}});
  }

  bool allowed(std::string_view canonical, const Pending& assembly) const {
    return follow_links_ || is_within(canonical, assembly.canonical);
  }

  const Limits& limits_;
  bool follow_links_;
  Discovery& out_;
};

}  // namespace

ManifestRead read_manifest(const fs::path& dir, const std::string& display, const Limits& limits) {
  ManifestRead result;
  const std::string file = join_display(display, "manifest.json");
  FileContent content = read_input_file(dir / "manifest.json", limits.max_file_bytes);
  if (content.status != FileContent::Status::Ok) {
    result.status = ManifestRead::Status::Malformed;
    result.diagnostic = Diagnostic{Diagnostic::Severity::Error, file, 0, 0, content.message};
    return result;
  }
  ParseResult parsed = read_json(content.text, 0, limits);
  if (parsed.error) {
    result.status = ManifestRead::Status::Malformed;
    result.diagnostic = Diagnostic{Diagnostic::Severity::Error, file, parsed.error->line, parsed.error->column,
                                   "malformed manifest: " + parsed.error->message};
    return result;
  }
  Value& doc = parsed.documents.front();
  const Value* artifacts = doc.find("artifacts");
  const Value* version = doc.find("version");
  std::error_code ec;
  const bool cdk = (artifacts && artifacts->is_object()) ||
                   (version && version->is_string() && fs::is_regular_file(dir / "cdk.out", ec));
  result.status = cdk ? ManifestRead::Status::Cdk : ManifestRead::Status::NotCdk;
  result.document = std::move(doc);
  return result;
}

void add_assembly(const fs::path& dir, const std::string& display, Value manifest, const Limits& limits,
                  bool follow_links, Discovery& out) {
  AssemblyLoader(limits, follow_links, out).load(dir, display, std::move(manifest));
}

std::optional<Unit> nested_stack_unit(const Unit& parent, NestedStackRequest&& request, bool follow_links,
                                      std::set<std::string>& claimed, std::vector<Diagnostic>& diagnostics) {
  if (!request.template_name.ends_with(kNestedTemplateSuffix)) return std::nullopt;
  const fs::path path = parent.assembly_dir / request.template_name;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    diagnostics.push_back(error_at(parent.display, request.at,
                                   "nested stack template '" + request.template_name + "' of resource '" +
                                       request.logical_id + "' does not exist in the assembly"));
    return std::nullopt;
  }
  const std::string canonical = fs::canonical(path, ec).string();
  if (ec) return std::nullopt;
  if (!follow_links && !is_within(canonical, fs::canonical(parent.assembly_dir, ec).string())) {
    diagnostics.push_back(error_at(parent.display, request.at,
                                   outside_message("nested stack template '" + request.template_name +
                                                   "' of resource '" + request.logical_id + "'")));
    return std::nullopt;
  }
  if (!claimed.insert(canonical).second) return std::nullopt;

  Unit unit;
  unit.kind = Unit::Kind::NestedStack;
  unit.path = path;
  unit.display = join_display(parent.assembly_display, request.template_name);
  unit.canonical = canonical;
  unit.stack_name = parent.stack_name + "/" + request.logical_id;
  unit.nested_stack_path = nested_stack_path(request.resource_construct_path);
  unit.construct_path = unit.nested_stack_path;
  unit.parent = parent.stack_name;
  unit.manifest_paths = parent.manifest_paths;
  unit.construct_tree = parent.construct_tree;
  unit.parent_parameters = std::move(request.parameters);
  unit.assembly_dir = parent.assembly_dir;
  unit.assembly_display = parent.assembly_display;
  return unit;
}

}  // namespace infralint::loaders::detail
