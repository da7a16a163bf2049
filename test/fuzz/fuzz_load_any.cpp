// Any input file through the public front door, loaders::load(): the first byte picks
// the file name the rest of the bytes are saved under, so one target reaches every
// loader that discovery sends files to (CloudFormation JSON and YAML, .template
// sniffing, Kubernetes manifests, Terraform plans and .tf.json configurations, and
// whatever lands later) and the graph that links them.
#include <oneapi/tbb/global_control.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

#include "infralint/loaders/load.hpp"
#include "support/scratch_dir.hpp"
#include "support/value_checks.hpp"

using namespace infralint;

namespace {

constexpr std::array<std::string_view, 4> kNames = {"input.json", "input.yaml", "input.tf.json", "input.template"};

// One thread: a crash must reproduce from its input alone.
const tbb::global_control kOneThread(tbb::global_control::max_allowed_parallelism, 1);

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::filesystem::path file = fuzz::scratch_dir() / kNames[data[0] % kNames.size()];
  fuzz::write_file(file, std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));

  loaders::LoadResult result = loaders::load({file.string()}, loaders::LoadOptions{});
  for (const auto& stack : result.graph.stacks()) {
    for (const model::Resource& resource : stack->resources) {
      fuzz::require(resource.node != nullptr, "a resource without its entry");
      fuzz::require(resource.stack == stack.get(), "a resource not pointing back at its stack");
    }
  }
  for (const model::Diagnostic& d : result.diagnostics) fuzz::require(!d.message.empty(), "a diagnostic without a message");

  std::error_code ec;
  std::filesystem::remove(file, ec);
  return 0;
}
