#include "line_index.hpp"

#include <cstring>

#include "utf8.hpp"

namespace infralint::loaders::detail {

LineIndex::LineIndex(std::string_view text, std::uint32_t file_id) : text_(text), file_(file_id) {
  line_starts_.push_back(0);
  const char* p = text.data();
  const char* end = p + text.size();
  while (const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p))) {
    p = static_cast<const char*>(nl) + 1;
    line_starts_.push_back(static_cast<std::size_t>(p - text.data()));
  }
}

model::Location LineIndex::locate(int line, int byte_column) {
  if (line < 0 || byte_column < 0) return model::Location{file_, 0, 0};
  const auto line_number = static_cast<std::size_t>(line);
  const auto byte = static_cast<std::size_t>(byte_column);
  if (line_number >= line_starts_.size()) return model::Location{file_, static_cast<std::uint32_t>(line + 1), static_cast<std::uint32_t>(byte + 1)};
  const std::size_t start = line_starts_[line_number];
  const std::size_t limit = text_.size() - start;
  const std::size_t clamped = byte < limit ? byte : limit;
  if (line != cached_line_ || clamped < cached_byte_) {
    cached_line_ = line;
    cached_byte_ = 0;
    cached_column_ = 0;
  }
  cached_column_ += count_code_points(text_.substr(start + cached_byte_, clamped - cached_byte_));
  cached_byte_ = clamped;
  return model::Location{file_, static_cast<std::uint32_t>(line + 1), static_cast<std::uint32_t>(cached_column_ + 1 + (byte - clamped))};
}

}  // namespace infralint::loaders::detail
