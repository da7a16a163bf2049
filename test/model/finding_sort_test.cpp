// sort_in_finding_order must give exactly what a stable sort by finding_order gives,
// whatever the input order, including ties that only the original order decides.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "infralint/model/finding.hpp"

namespace infralint::model {
namespace {

std::vector<Finding> sample(std::size_t n, unsigned seed) {
  std::mt19937 random(seed);
  std::vector<Finding> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    Finding& f = out[i];
    f.file = "stacks/s" + std::to_string(random() % 4) + ".json";
    f.line = static_cast<std::uint32_t>(random() % 6);
    f.column = static_cast<std::uint32_t>(random() % 2);
    f.rule_id = "R" + std::to_string(random() % 3);
    f.resource_id = "Res" + std::to_string(random() % 2);
    f.message = "#" + std::to_string(i);  // not part of the order: tells ties apart
  }
  return out;
}

std::vector<std::string> messages(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.message);
  return out;
}

TEST(SortInFindingOrder, EqualsAStableSortForShuffledInputs) {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    std::vector<Finding> ours = sample(300, seed);
    std::vector<Finding> reference = ours;
    std::stable_sort(reference.begin(), reference.end(), finding_order);
    sort_in_finding_order(ours);
    EXPECT_EQ(messages(ours), messages(reference)) << "seed " << seed;
  }
}

TEST(SortInFindingOrder, LeavesSortedInputAlone) {
  std::vector<Finding> findings = sample(50, 7);
  std::stable_sort(findings.begin(), findings.end(), finding_order);
  const std::vector<std::string> before = messages(findings);
  sort_in_finding_order(findings);
  EXPECT_EQ(messages(findings), before);
}

}  // namespace
}  // namespace infralint::model
