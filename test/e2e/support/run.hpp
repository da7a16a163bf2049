// Runs the infralint binary as a user would, capturing exit status, stdout, stderr
// and the child's peak memory.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace e2e {

// Memory ceilings are set for a normal build. AddressSanitizer adds shadow memory and
// redzones and keeps freed blocks in quarantine (256 MB by default), so in a
// sanitizer build (preset `asan`) a ceiling is multiplied by this.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr long kMemoryFactor = 2;
#else
inline constexpr long kMemoryFactor = 1;
#endif

struct Run {
  int exit_code = -1;  // 128+N when killed by signal N; 124 when timed out
  std::string out, err;
  long peak_rss_kb = 0;
};

// Runs `infralint args...` in `cwd` with a time limit (seconds).
Run infralint(const std::vector<std::string>& args, const std::filesystem::path& cwd = {}, int timeout_s = 120);

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& bytes);

// A fresh empty folder under the system temp folder, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace e2e
