#include "scratch_dir.hpp"

#include <cstdlib>
#include <fstream>
#include <string>
#include <system_error>

#include "value_checks.hpp"

namespace infralint::fuzz {

namespace fs = std::filesystem;

namespace {

struct Scratch {
  fs::path path;
  Scratch() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/infralint-fuzz-XXXXXX";
    if (!::mkdtemp(pattern.data())) fail("cannot make a scratch folder");
    path = pattern;
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

}  // namespace

const fs::path& scratch_dir() {
  static const Scratch scratch;
  return scratch.path;
}

void write_file(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) fail("cannot write " + path.string());
}

}  // namespace infralint::fuzz
