// CDK cloud assemblies (cdk.out): stacks come from manifest.json, never from a folder
// walk, so each template is loaded once, with the stack name, construct paths and
// nesting the manifest and templates record.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "discovery.hpp"
#include "infralint/loaders/limits.hpp"
#include "infralint/model/value.hpp"
#include "unit.hpp"

namespace infralint::loaders::detail {

struct ManifestRead {
  enum class Status : std::uint8_t { NotCdk, Cdk, Malformed };
  Status status = Status::NotCdk;
  model::Value document;
  model::Diagnostic diagnostic;  // Malformed: why
};

// Reads `dir`/manifest.json. A folder is a cloud assembly when its manifest is an
// object with "artifacts", or with a "version" next to CDK's "cdk.out" marker file;
// other tools' manifest.json files leave the folder an ordinary one.
ManifestRead read_manifest(const std::filesystem::path& dir, const std::string& display, const Limits& limits);

// Adds a unit for every stack artifact of the assembly at `dir` and, recursively, of
// its nested assemblies (CDK Stages). Problems with the manifest become diagnostics.
// CDK names every file of an assembly relative to its folder; a file the manifest
// names outside that folder (by "../", an absolute path or a symbolic link) is not
// read unless `follow_links` (--follow-symlinks).
void add_assembly(const std::filesystem::path& dir, const std::string& display, model::Value manifest,
                  const Limits& limits, bool follow_links, Discovery& out);

// The unit for a nested stack `parent` asks for, or nullopt when it is not a
// template of the assembly, is missing or outside the assembly's folder (unless
// `follow_links`) (a diagnostic), or is already loaded. The unit takes the parameter
// values of the request.
std::optional<Unit> nested_stack_unit(const Unit& parent, NestedStackRequest&& request, bool follow_links,
                                      std::set<std::string>& claimed, std::vector<model::Diagnostic>& diagnostics);

}  // namespace infralint::loaders::detail
