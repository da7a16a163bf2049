#include "progress.hpp"

#include <cstdio>
#include <string>

namespace infralint::cli {

namespace {
constexpr auto kQuietStart = std::chrono::milliseconds(500);
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);
constexpr int kWidth = 30;
}  // namespace

ProgressBar::ProgressBar(bool enabled) : enabled_(enabled) {}

ProgressBar::~ProgressBar() {
  if (drawn_) std::fputs("\r\x1b[2K", stderr);  // erase the bar's line
}

void ProgressBar::update(std::size_t done, std::size_t total) {
  if (!enabled_ || total == 0) return;
  const auto now = Clock::now();
  if (now - started_ < kQuietStart) return;
  std::unique_lock lock(mutex_, std::try_to_lock);
  if (!lock.owns_lock() || (drawn_ && now - last_draw_ < kRedrawEvery)) return;
  last_draw_ = now;
  drawn_ = true;
  const int filled = static_cast<int>(static_cast<double>(done) / static_cast<double>(total) * kWidth);
  std::string bar(static_cast<std::size_t>(filled), '=');
  bar.resize(kWidth, ' ');
  std::fprintf(stderr, "\r[%s] %3d%% evaluated %zu of %zu rule/resource pairs", bar.c_str(),
               static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(total)), done, total);
  std::fflush(stderr);
}

}  // namespace infralint::cli
