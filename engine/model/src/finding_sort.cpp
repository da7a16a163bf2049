#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "infralint/model/finding.hpp"

namespace infralint::model {

namespace {
struct SortKey {
  std::uint32_t file_rank;  // position of the file's path among the distinct paths
  std::uint32_t line;
  std::uint32_t column;
  std::uint32_t index;  // original position: ties keep it (a stable sort)
};
}  // namespace

void sort_in_finding_order(std::vector<Finding>& findings) {
  if (std::is_sorted(findings.begin(), findings.end(), finding_order)) return;

  // A scan has few files and many findings: rank the paths once, so most comparisons
  // are between integers rather than long equal strings.
  std::vector<std::string_view> paths;
  std::unordered_map<std::string_view, std::uint32_t> rank;
  for (const Finding& f : findings)
    if (rank.emplace(f.file, 0).second) paths.push_back(f.file);
  std::sort(paths.begin(), paths.end());
  for (std::uint32_t i = 0; i < paths.size(); ++i) rank[paths[i]] = i;

  std::vector<SortKey> keys(findings.size());
  for (std::uint32_t i = 0; i < findings.size(); ++i)
    keys[i] = SortKey{rank[findings[i].file], findings[i].line, findings[i].column, i};
  std::sort(keys.begin(), keys.end(), [&](const SortKey& a, const SortKey& b) {
    if (std::tie(a.file_rank, a.line, a.column) != std::tie(b.file_rank, b.line, b.column))
      return std::tie(a.file_rank, a.line, a.column) < std::tie(b.file_rank, b.line, b.column);
    const Finding& fa = findings[a.index];
    const Finding& fb = findings[b.index];
    if (finding_order(fa, fb)) return true;
    if (finding_order(fb, fa)) return false;
    return a.index < b.index;
  });

  // Apply the order in place, cycle by cycle: each finding moves once and no second
  // array of findings exists at the scan's peak memory.
  std::vector<bool> placed(findings.size(), false);
  for (std::uint32_t start = 0; start < findings.size(); ++start) {
    if (placed[start]) continue;
    if (keys[start].index == start) {
      placed[start] = true;
      continue;
    }
    Finding held = std::move(findings[start]);
    std::uint32_t slot = start;
    for (;;) {
      placed[slot] = true;
      const std::uint32_t from = keys[slot].index;
      if (from == start) {
        findings[slot] = std::move(held);
        break;
      }
      findings[slot] = std::move(findings[from]);
      slot = from;
    }
  }
}

}  // namespace infralint::model
