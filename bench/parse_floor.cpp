// The parse floor: read and parse every .json file under a folder with
// nlohmann-json's DOM parser on one core, and nothing else. The benchmark prints
// infralint's end-to-end time as a ratio to this.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: parse_floor FOLDER\n");
    return 2;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1]))
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());

  const auto start = std::chrono::steady_clock::now();
  std::size_t bytes = 0, values = 0;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const std::string s = text.str();
    bytes += s.size();
    nlohmann::json doc = nlohmann::json::parse(s);
    values += doc.size();  // keeps the parse from being optimised away
  }
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf("{\"files\": %zu, \"bytes\": %zu, \"milliseconds\": %.3f, \"top_level_values\": %zu}\n", files.size(),
              bytes, ms, values);
  return 0;
}
