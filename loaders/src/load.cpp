// The loaders' front door: discover, parse in parallel, assemble the graph serially.
//
// Parsing writes each file's result into its own slot; everything a user can see
// (file ids, stack order, diagnostics) is then decided serially in path order, so
// the result is the same for any number of threads.
#include "infralint/loaders/load.hpp"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/parallel_invoke.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <tuple>

#include "cdk_assembly.hpp"
#include "discovery.hpp"
#include "display_path.hpp"
#include "file_reader.hpp"
#include "parse_unit.hpp"
#include "relocate.hpp"

namespace infralint::loaders {

namespace fs = std::filesystem;
using detail::Unit;

namespace {

class Stopwatch {
 public:
  double lap() {
    const auto now = std::chrono::steady_clock::now();
    const double ms = std::chrono::duration<double, std::milli>(now - start_).count();
    start_ = now;
    return ms;
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

void parse_all(std::vector<Unit>& units, std::size_t begin, const Limits& limits) {
  tbb::parallel_for(tbb::blocked_range<std::size_t>(begin, units.size(), 1),
                    [&](const tbb::blocked_range<std::size_t>& range) {
                      for (std::size_t i = range.begin(); i != range.end(); ++i) detail::parse_unit(units[i], limits);
                    });
}

// Nested stack templates are known only once their parent is parsed: parse in rounds
// until no round asks for a new template. Each template is claimed once, so this ends.
void parse_in_rounds(detail::Discovery& found, const LoadOptions& options) {
  const Limits& limits = options.limits;
  std::size_t begin = 0;
  while (begin < found.units.size()) {
    for (std::size_t i = begin; i < found.units.size(); ++i)
      found.units[i].provisional_file_id = static_cast<std::uint32_t>(i);
    const std::size_t end = found.units.size();
    parse_all(found.units, begin, limits);
    for (std::size_t i = begin; i < end; ++i) {
      // Take the requests out: push_back below may move the units.
      std::vector<detail::NestedStackRequest> requests = std::move(found.units[i].nested);
      for (detail::NestedStackRequest& request : requests) {
        std::optional<Unit> nested =
            detail::nested_stack_unit(found.units[i], std::move(request), options.follow_symlinks, found.claimed,
                                      found.units[i].diagnostics);
        if (nested) found.units.push_back(std::move(*nested));
      }
    }
    begin = end;
  }
}

// Each assembly's tree.json, read once; a file that cannot be read is a warning and
// leaves its resources' classes unknown.
void read_construct_trees(detail::Discovery& found, const Limits& limits) {
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, found.construct_trees.size(), 1),
                    [&](const tbb::blocked_range<std::size_t>& range) {
                      for (std::size_t i = range.begin(); i != range.end(); ++i) found.construct_trees[i]->read(limits);
                    });
}

void name_classes_in_all_units(std::vector<Unit>& units) {
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, units.size(), 1),
                    [&](const tbb::blocked_range<std::size_t>& range) {
                      for (std::size_t i = range.begin(); i != range.end(); ++i) {
                        if (!units[i].construct_tree) continue;
                        for (auto& stack : units[i].stacks)
                          detail::name_construct_classes(*stack, units[i].construct_tree->classes);
                      }
                    });
}

// Lists what an assembly folder holds besides the templates its manifest loaded, so
// -v can say why each was passed over.
void report_assembly_leftovers(const detail::Discovery& found, std::vector<Skipped>& skipped) {
  std::set<std::string> loaded;
  for (const Unit& unit : found.units) loaded.insert(unit.canonical);
  std::set<std::string> assemblies;
  for (const detail::AssemblyFolder& a : found.assemblies) assemblies.insert(a.canonical);
  std::set<std::string> trees;
  for (const auto& tree : found.construct_trees) {
    std::error_code ec;
    std::string canonical = fs::canonical(tree->path, ec).string();
    if (!ec) trees.insert(std::move(canonical));
  }
  for (const detail::AssemblyFolder& a : found.assemblies) {
    std::error_code ec;
    for (fs::directory_iterator it(a.path, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      const std::string display = detail::join_display(a.display, name);
      std::error_code canon_ec;
      const std::string canonical = fs::canonical(it->path(), canon_ec).string();
      if (loaded.count(canonical) || assemblies.count(canonical)) continue;
      std::error_code type_ec;
      if (trees.count(canonical)) {
        skipped.push_back(Skipped{display, "CDK construct tree: read for the classes of the constructs, not a template"});
      } else if (it->is_directory(type_ec)) {
        skipped.push_back(Skipped{display, name.starts_with("asset.") ? "CDK asset folder" : "folder inside a CDK assembly"});
      } else if (name.ends_with(".template.json")) {
        skipped.push_back(Skipped{display, "template not named by the CDK assembly's manifest or its stacks"});
      } else {
        skipped.push_back(Skipped{display, "CDK assembly file, not a stack template"});
      }
    }
  }
}

}  // namespace

LoadResult load(const std::vector<std::string>& paths, const LoadOptions& options) {
  LoadResult result;
  Stopwatch clock;

  detail::Discovery found = detail::discover(paths, options);
  result.timings.push_back(model::Timing{"discover", clock.lap()});

  // Construct trees are read alongside the templates; classes are named once both are.
  tbb::parallel_invoke([&] { read_construct_trees(found, options.limits); },
                       [&] { parse_in_rounds(found, options); });
  name_classes_in_all_units(found.units);
  for (const auto& tree : found.construct_trees)
    if (tree->problem) found.diagnostics.push_back(*tree->problem);
  result.timings.push_back(model::Timing{"parse", clock.lap()});

  // Path order decides file ids and stack order.
  std::vector<Unit*> order;
  order.reserve(found.units.size());
  for (Unit& unit : found.units) order.push_back(&unit);
  std::stable_sort(order.begin(), order.end(), [](const Unit* a, const Unit* b) { return a->display < b->display; });

  std::vector<std::pair<Unit*, std::uint32_t>> relocations;
  for (Unit* unit : order) {
    if (unit->stacks.empty()) continue;
    const std::uint32_t file_id = result.graph.add_file(unit->display);
    if (file_id != unit->provisional_file_id) relocations.emplace_back(unit, file_id);
  }
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, relocations.size(), 1),
                    [&](const tbb::blocked_range<std::size_t>& range) {
                      for (std::size_t i = range.begin(); i != range.end(); ++i)
                        for (auto& stack : relocations[i].first->stacks) detail::relocate(*stack, relocations[i].second);
                    });
  for (Unit* unit : order) {
    if (!unit->stacks.empty()) ++result.files_loaded;
    for (auto& stack : unit->stacks) result.graph.add(std::move(stack));
    for (auto& diagnostic : unit->diagnostics) found.diagnostics.push_back(std::move(diagnostic));
    if (unit->skip_reason) found.skipped.push_back(Skipped{unit->display, std::move(*unit->skip_reason)});
  }
  result.graph.link();

  report_assembly_leftovers(found, found.skipped);
  result.diagnostics = std::move(found.diagnostics);
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [](const model::Diagnostic& a, const model::Diagnostic& b) {
                     return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
                   });
  result.skipped = std::move(found.skipped);
  std::stable_sort(result.skipped.begin(), result.skipped.end(),
                   [](const Skipped& a, const Skipped& b) { return a.path < b.path; });
  result.timings.push_back(model::Timing{"graph", clock.lap()});
  return result;
}

}  // namespace infralint::loaders
