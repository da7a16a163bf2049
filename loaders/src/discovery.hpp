// Step 1: from the paths a user gave to the list of files to parse. Walks folders in
// byte-wise sorted order, recognises CDK cloud assemblies, and records every file
// and folder it passes over, and why.
#pragma once

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "infralint/loaders/load.hpp"
#include "infralint/model/diagnostic.hpp"
#include "unit.hpp"

namespace infralint::loaders::detail {

struct AssemblyFolder {
  std::filesystem::path path;
  std::string display;
  std::string canonical;
};

struct Discovery {
  std::vector<Unit> units;
  std::vector<Skipped> skipped;
  std::vector<model::Diagnostic> diagnostics;
  std::vector<AssemblyFolder> assemblies;
  std::vector<std::shared_ptr<ConstructTreeFile>> construct_trees;  // one per tree.json, to read
  std::set<std::string> claimed;  // canonical paths of the files units read
};

Discovery discover(const std::vector<std::string>& paths, const LoadOptions& options);

// True for the extensions templates come in: .json .yaml .yml .template (any case).
bool has_template_extension(const std::filesystem::path& path);

}  // namespace infralint::loaders::detail
