// A progress bar on stderr for long scans: only on a terminal, only once the scan has
// run for half a second, redrawn at most ten times a second, and erased when done, so
// logs and piped output never see it.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>

namespace infralint::cli {

class ProgressBar {
 public:
  explicit ProgressBar(bool enabled);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // Thread-safe; cheap when there is nothing to draw.
  void update(std::size_t done, std::size_t total);

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  Clock::time_point started_ = Clock::now();
  Clock::time_point last_draw_{};
  bool drawn_ = false;
  std::mutex mutex_;
};

}  // namespace infralint::cli
