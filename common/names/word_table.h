// The compiled-in word sets' lookup (internal to common/names): the tables
// scripts/make_word_table.py lays out at build time from Debian's word lists. Each is an
// open-addressing table of 32-bit fingerprints (the high half of the word's 64-bit FNV-1a hash, 0
// stored as 1), the slot chosen by the low half, linear probing, 0 for an empty slot. A word not
// in the set passes for one with odds of about 1 in 5 billion (its fingerprint met by chance
// along its probe run). Read-only data: thread-safe.
#ifndef GALLEY_COMMON_NAMES_WORD_TABLE_H_
#define GALLEY_COMMON_NAMES_WORD_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/base/fnv.h"

namespace galley::names::word_table {

using ::galley::Fnv1a64;
using ::galley::kFnvOffset;
using ::galley::kFnvPrime;

// Whether the word of FNV-1a hash `h` is in the table of `slot_count` slots (a power of two).
inline bool Has(const uint32_t* slots, size_t slot_count, uint64_t h) {
  const uint32_t high = static_cast<uint32_t>(h >> 32);
  const uint32_t fingerprint = high == 0 ? 1 : high;
  const uint64_t mask = slot_count - 1;
  for (uint64_t slot = h & mask;; slot = (slot + 1) & mask) {
    const uint32_t stored = slots[slot];
    if (stored == fingerprint) return true;
    if (stored == 0) return false;
  }
}

// Starts loading the slot where Has(slots, slot_count, h) begins its search.
inline void Prefetch(const uint32_t* slots, size_t slot_count, uint64_t h) {
  __builtin_prefetch(&slots[h & (slot_count - 1)]);
}

}  // namespace galley::names::word_table

#endif  // GALLEY_COMMON_NAMES_WORD_TABLE_H_
