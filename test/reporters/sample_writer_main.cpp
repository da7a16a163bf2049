// Writes the reporters' output for the test sample into a folder, for the checks
// that run outside C++: SARIF against the official schema, JUnit through a strict
// XML parser. Usage: reporters_sample_writer OUT_DIR
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "infralint/reporters/reporters.hpp"
#include "sample_input.hpp"
#include "sarif_parts.hpp"

namespace {

using namespace infralint::reporters;

bool write(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: reporters_sample_writer OUT_DIR\n";
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  std::filesystem::create_directories(dir);

  const testing::Sample sample = testing::sample();
  const testing::Sample timed = testing::timed_sample();
  const testing::Sample clean = testing::clean_sample();
  SarifOptions suppressed;
  suppressed.include_suppressed = true;
  suppressed.category = "infralint/cdk";

  bool ok = true;
  ok &= write(dir / "report.sarif", write_sarif(sample.input(), {}));
  ok &= write(dir / "report-suppressed.sarif", write_sarif(sample.input(), suppressed));
  ok &= write(dir / "report-truncated.sarif", detail::write_sarif_capped(sample.input(), suppressed, 3));
  ok &= write(dir / "clean.sarif", write_sarif(clean.input(), {}));
  ok &= write(dir / "report.junit.xml", write_junit(sample.input()));
  ok &= write(dir / "report-findings-only.junit.xml", write_junit(sample.input(false)));
  ok &= write(dir / "report-timings.junit.xml", write_junit(timed.input()));
  ok &= write(dir / "clean.junit.xml", write_junit(clean.input()));
  if (!ok) std::cerr << "could not write into " << dir << "\n";
  return ok ? 0 : 1;
}
