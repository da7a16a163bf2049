#include "infralint/engine/fingerprint.hpp"

#include <array>
#include <cstdint>

namespace infralint::engine {

namespace {
// FNV-1a, 64 bits: tiny, byte-order independent and fixed by its published constants,
// so a baseline written on one machine matches on every other.
constexpr std::uint64_t kOffsetBasis = 14695981039346656037ULL;
constexpr std::uint64_t kPrime = 1099511628211ULL;

void mix(std::uint64_t& hash, std::string_view bytes) {
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kPrime;
  }
}
}  // namespace

std::string fingerprint(std::string_view rule_id, std::string_view stack, std::string_view resource_id,
                        std::string_view granular_id) {
  std::uint64_t hash = kOffsetBasis;
  // A separator byte no field contains keeps ("ab", "c") apart from ("a", "bc").
  for (std::string_view field : {rule_id, stack, resource_id, granular_id}) {
    mix(hash, field);
    mix(hash, std::string_view("\x1f", 1));
  }
  static constexpr std::array<char, 16> kHex{'0', '1', '2', '3', '4', '5', '6', '7',
                                             '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = kHex[hash & 0xF];
    hash >>= 4;
  }
  return out;
}

}  // namespace infralint::engine
