// infralint: the binary. Parses options, sets up stderr logging, runs one scan.
#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <ctime>
#include <exception>
#include <iostream>
#include <memory>

#include "infralint/reporters/reporters.hpp"
#include "options.hpp"
#include "scan.hpp"

namespace {

// The log message with everything a terminal or CI log would act on escaped (%*):
// messages quote file names and template text, and a name holding "\n::error ..." or
// an ANSI sequence must not start a line of its own or paint the terminal.
class SafePayload final : public spdlog::custom_flag_formatter {
 public:
  void format(const spdlog::details::log_msg& msg, const std::tm&, spdlog::memory_buf_t& dest) override {
    const std::string safe = infralint::reporters::log_safe(std::string_view(msg.payload.data(), msg.payload.size()));
    dest.append(safe.data(), safe.data() + safe.size());
  }
  std::unique_ptr<custom_flag_formatter> clone() const override { return std::make_unique<SafePayload>(); }
};

}  // namespace

int main(int argc, char** argv) {
  using namespace infralint::cli;
  // Logs and progress go to stderr only: stdout carries the chosen format alone.
  auto logger = spdlog::stderr_color_mt("infralint");
  auto formatter = std::make_unique<spdlog::pattern_formatter>();
  formatter->add_flag<SafePayload>('*').set_pattern("infralint: %^%l%$: %*");
  logger->set_formatter(std::move(formatter));
  spdlog::set_default_logger(logger);

  ParseOutcome parsed = parse_options(argc, argv);
  if (!parsed.error.empty()) {
    spdlog::error("{}", parsed.error);
    return 2;
  }
  const Options& options = parsed.options;
  spdlog::set_level(options.quiet ? spdlog::level::err : options.verbose ? spdlog::level::debug : spdlog::level::warn);
  if (options.help) {
    std::cout << usage();
    return 0;
  }
  if (options.version) {
    std::cout << "infralint " << INFRALINT_VERSION << "\n";
    return 0;
  }
  try {
    return run(options);
  } catch (const std::exception& e) {
    spdlog::critical("internal error: {}", e.what());
    return 2;
  }
}
