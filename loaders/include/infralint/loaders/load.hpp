// The loaders' front door: paths in, a linked resource graph and diagnostics out.
#pragma once

#include <string>
#include <vector>

#include "infralint/loaders/limits.hpp"
#include "infralint/model/diagnostic.hpp"
#include "infralint/model/graph.hpp"
#include "infralint/model/report.hpp"

namespace infralint::loaders {

struct LoadOptions {
  Limits limits;
  bool follow_symlinks = false;  // never leave the scanned roots through a link unless asked
  std::vector<std::string> ignore_globs;  // paths (display form) to skip, from config
};

// A file that was looked at and passed over, and why ("not CloudFormation",
// "asset folder", ...). Shown with -v.
struct Skipped {
  std::string path;
  std::string reason;
};

struct LoadResult {
  model::Graph graph;  // linked; stacks in path order
  std::vector<model::Diagnostic> diagnostics;  // files that could not be read or parsed
  std::vector<Skipped> skipped;
  std::size_t files_loaded = 0;
  std::vector<model::Timing> timings;  // discover, parse, graph
};

// Discovers, parses (in parallel) and links everything under `paths`. Display paths
// are relative to the current directory when inside it, with '/' separators.
LoadResult load(const std::vector<std::string>& paths, const LoadOptions& options);

}  // namespace infralint::loaders
