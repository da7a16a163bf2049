#include "outcome.hpp"

#include <algorithm>
#include <fstream>

#include "infralint/engine/catalog.hpp"
#include "infralint/engine/evaluate.hpp"
#include "infralint/loaders/load.hpp"
#include "infralint/rules/catalog.hpp"

namespace infralint::test {

namespace {

std::string_view kind_name(model::FindingKind kind) {
  switch (kind) {
    case model::FindingKind::Violation: return "violation";
    case model::FindingKind::Unresolved: return "unresolved";
    case model::FindingKind::EvaluationError: return "error";
  }
  return "?";
}

// The line a not-applicable verdict is listed at: the resource's Type line.
std::uint32_t resource_line(const model::Graph& graph, const model::Verdict& verdict) {
  for (const auto& stack : graph.stacks()) {
    if (stack->name != verdict.stack) continue;
    if (const model::Resource* r = stack->find(verdict.resource_id))
      return r->type_location.line ? r->type_location.line : r->location.line;
  }
  return 0;
}

}  // namespace

void run_fixture(const model::PackEntry& entry, const std::filesystem::path& file, std::vector<std::string>& outcomes,
                 std::vector<std::string>& problems) {
  loaders::LoadResult loaded = loaders::load({file.string()}, {});
  for (const model::Diagnostic& d : loaded.diagnostics)
    problems.push_back(file.filename().string() + ":" + std::to_string(d.line) + ": " + d.message);
  if (loaded.graph.stacks().empty()) problems.push_back(file.filename().string() + ": no stack was loaded");

  const engine::Catalog catalog(rules::all_rules(), rules::all_pack_entries());
  const engine::Binding binding = catalog.bind(*catalog.entry(entry.public_id));
  engine::EvalOptions options;
  options.jobs = 1;
  options.record_verdicts = true;
  const engine::Evaluation evaluation = engine::evaluate(loaded.graph, {&binding, 1}, options);

  const std::string name = file.filename().string();
  for (const model::Finding& f : evaluation.findings) {
    std::string line = name + ":" + std::to_string(f.line) + " " + f.rule_id + " " + f.resource_id + " " +
                       std::string(kind_name(f.kind));
    if (!f.granular_id.empty()) line += " granular=" + f.granular_id;
    outcomes.push_back(std::move(line));
  }
  for (const model::Verdict& v : evaluation.verdicts)
    if (v.state == model::Verdict::State::NotApplicable)
      outcomes.push_back(name + ":" + std::to_string(resource_line(loaded.graph, v)) + " " + v.rule_id + " " +
                         v.resource_id + " not-applicable");
}

std::vector<std::string> read_expected(const std::filesystem::path& file) {
  std::vector<std::string> lines;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    lines.push_back(line);
  }
  return lines;
}

std::filesystem::path fixture_folder(std::string_view rule_id) {
  // aws-<service>-<name>: the service is a folder, the name a snake_case folder.
  std::filesystem::path folder = std::filesystem::path(INFRALINT_SOURCE_DIR) / "test" / "fixtures" / "rules";
  const std::size_t first = rule_id.find('-');
  const std::size_t second = rule_id.find('-', first + 1);
  if (first == std::string_view::npos || second == std::string_view::npos) return folder / std::string(rule_id);
  std::string name(rule_id.substr(second + 1));
  std::replace(name.begin(), name.end(), '-', '_');
  return folder / std::string(rule_id.substr(0, first)) / std::string(rule_id.substr(first + 1, second - first - 1)) /
         name;
}

std::string diff(const std::vector<std::string>& expected, const std::vector<std::string>& actual) {
  std::string out;
  std::vector<std::string> missing, unexpected;
  std::set_difference(expected.begin(), expected.end(), actual.begin(), actual.end(), std::back_inserter(missing));
  std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(), std::back_inserter(unexpected));
  for (const std::string& line : missing) out += "- " + line + "   (expected, not produced)\n";
  for (const std::string& line : unexpected) out += "+ " + line + "   (produced, not expected)\n";
  return out;
}

}  // namespace infralint::test
