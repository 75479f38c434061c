// FNV-1a, the 64-bit hash of the project's compiled-in tables (scripts/make_word_table.py lays
// the word lists out with it), of the news lexicon's stem index and of the word sets: a hash a
// caller can carry on byte by byte, hashing every prefix of a word in one pass.
#ifndef GALLEY_COMMON_BASE_FNV_H_
#define GALLEY_COMMON_BASE_FNV_H_

#include <cstdint>
#include <string_view>

namespace galley {

inline constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
inline constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

// The hash `h` of some bytes carried on over one more.
inline constexpr uint64_t FnvStep(uint64_t h, unsigned char byte) { return (h ^ byte) * kFnvPrime; }

// FNV-1a of `bytes`, continuing from `h` (the hash of the bytes before them).
inline constexpr uint64_t Fnv1a64(std::string_view bytes, uint64_t h = kFnvOffset) {
  for (const char c : bytes) h = FnvStep(h, static_cast<unsigned char>(c));
  return h;
}

}  // namespace galley

#endif  // GALLEY_COMMON_BASE_FNV_H_
