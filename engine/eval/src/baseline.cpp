#include <algorithm>
#include <sstream>

#include "infralint/engine/suppress.hpp"
#include "small_file.hpp"

namespace infralint::engine {

namespace {
bool is_fingerprint(std::string_view text) {
  return text.size() == 16 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string_view trimmed(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}
}  // namespace

bool Baseline::contains(const std::string& fingerprint) const {
  return std::binary_search(fingerprints.begin(), fingerprints.end(), fingerprint);
}

std::optional<Baseline> read_baseline(const std::string& path, std::string& error) {
  std::string why;
  std::optional<std::string> content = detail::read_small_file(path, why);
  if (!content) {
    error = "cannot read the baseline file: " + why;
    return std::nullopt;
  }
  std::istringstream in(*content);
  Baseline baseline;
  baseline.source = path;
  std::string line;
  for (unsigned number = 1; std::getline(in, line); ++number) {
    std::string_view text = trimmed(line);
    if (text.empty() || text.front() == '#') continue;
    if (!is_fingerprint(text)) {
      error = "line " + std::to_string(number) + ": '" + std::string(text.substr(0, 40)) +
              "' is not a fingerprint (16 lowercase hex digits)";
      return std::nullopt;
    }
    baseline.fingerprints.emplace_back(text);
  }
  std::sort(baseline.fingerprints.begin(), baseline.fingerprints.end());
  baseline.fingerprints.erase(std::unique(baseline.fingerprints.begin(), baseline.fingerprints.end()),
                              baseline.fingerprints.end());
  return baseline;
}

std::string write_baseline(const std::vector<model::Finding>& findings) {
  std::vector<std::string_view> prints;
  for (const model::Finding& f : findings)
    if (!f.suppression && !f.fingerprint.empty()) prints.push_back(f.fingerprint);
  std::sort(prints.begin(), prints.end());
  prints.erase(std::unique(prints.begin(), prints.end()), prints.end());
  std::string out =
      "# infralint baseline: fingerprints of findings accepted as they stand.\n"
      "# A finding listed here is reported as suppressed (source: baseline) and does not fail the run.\n";
  for (std::string_view p : prints) out.append(p).append("\n");
  return out;
}

void apply_baseline(const Baseline& baseline, std::vector<model::Finding>& findings) {
  const std::string reason = baseline.source.empty() ? "in baseline" : "in baseline " + baseline.source;
  for (model::Finding& f : findings)
    if (!f.suppression && baseline.contains(f.fingerprint))
      f.suppression = model::Suppression{model::SuppressionSource::Baseline, reason};
}

}  // namespace infralint::engine
