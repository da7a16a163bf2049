// infralint: the binary. Parses options, sets up stderr logging, runs one scan.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <exception>
#include <iostream>

#include "options.hpp"
#include "scan.hpp"

int main(int argc, char** argv) {
  using namespace infralint::cli;
  // Logs and progress go to stderr only: stdout carries the chosen format alone.
  auto logger = spdlog::stderr_color_mt("infralint");
  logger->set_pattern("infralint: %^%l%$: %v");
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
