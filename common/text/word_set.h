// A fixed set of words asked about often, and mostly for words not in it.
#ifndef GALLEY_COMMON_TEXT_WORD_SET_H_
#define GALLEY_COMMON_TEXT_WORD_SET_H_

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "common/base/fnv.h"

namespace galley::text {

// A hash set of words (views: the words must outlive it, as string literals do) with, by first
// byte, a mask of the words' lengths: a word whose length no word of the set with its first byte
// has is ruled out without hashing it. The rest are looked up in an open-addressed table under
// FNV-1a, which for words of a few bytes costs less than std::hash and a node-based set.
// Immutable once built; thread-safe to read.
class WordSet {
 public:
  WordSet() = default;
  template <typename Words>
  explicit WordSet(const Words& words) {
    for (std::string_view w : words) Add(w);
  }
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) Add(w);
  }
  void Add(std::string_view w) {
    if (w.empty()) {
      has_empty_ = true;
      return;
    }
    if (contains(w)) return;
    // At most half full, so that a miss ends at an empty slot within a few probes.
    if (2 * (size_ + 1) > slots_.size()) Grow();
    Insert(w);
    lengths_[static_cast<unsigned char>(w[0])] |= LengthBit(w.size());
  }
  bool contains(std::string_view w) const {
    if (w.empty()) return has_empty_;
    if ((lengths_[static_cast<unsigned char>(w[0])] & LengthBit(w.size())) == 0) return false;
    const size_t mask = slots_.size() - 1;
    for (size_t k = Hash(w) & mask;; k = (k + 1) & mask) {
      const std::string_view slot = slots_[k];
      if (slot.data() == nullptr) return false;
      if (slot == w) return true;
    }
  }

 private:
  // Lengths from 63 bytes on share the top bit.
  static uint64_t LengthBit(size_t size) { return uint64_t{1} << (size < 63 ? size : 63); }
  static uint64_t Hash(std::string_view w) {
    const uint64_t h = Fnv1a64(w);
    return h ^ (h >> 29);  // The low bits pick the slot: fold the high ones in.
  }
  void Insert(std::string_view w) {
    const size_t mask = slots_.size() - 1;
    size_t k = Hash(w) & mask;
    while (slots_[k].data() != nullptr) k = (k + 1) & mask;
    slots_[k] = w;
    ++size_;
  }
  void Grow() {
    std::vector<std::string_view> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : 2 * old.size(), std::string_view());
    size_ = 0;
    for (std::string_view w : old) {
      if (w.data() != nullptr) Insert(w);
    }
  }

  std::array<uint64_t, 256> lengths_{};
  // Empty slots hold a null view; the size is a power of two once a word is added.
  std::vector<std::string_view> slots_;
  size_t size_ = 0;
  bool has_empty_ = false;
};

}  // namespace galley::text

#endif  // GALLEY_COMMON_TEXT_WORD_SET_H_
