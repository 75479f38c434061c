// A fixed set of words asked about often, and mostly for words not in it.
#ifndef GALLEY_COMMON_TEXT_WORD_SET_H_
#define GALLEY_COMMON_TEXT_WORD_SET_H_

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <unordered_set>

namespace galley::text {

// A hash set of words (views: the words must outlive it, as string literals do) with, by first
// byte, a mask of the words' lengths: a word whose length no word of the set with its first byte
// has is ruled out without hashing it. Immutable once built; thread-safe to read.
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
    set_.insert(w);
    if (!w.empty()) lengths_[static_cast<unsigned char>(w[0])] |= LengthBit(w.size());
  }
  bool contains(std::string_view w) const {
    if (w.empty()) return set_.count(w) > 0;
    if ((lengths_[static_cast<unsigned char>(w[0])] & LengthBit(w.size())) == 0) return false;
    return set_.count(w) > 0;
  }

 private:
  // Lengths from 63 bytes on share the top bit.
  static uint64_t LengthBit(size_t size) { return uint64_t{1} << (size < 63 ? size : 63); }

  std::array<uint64_t, 256> lengths_{};
  std::unordered_set<std::string_view> set_;
};

}  // namespace galley::text

#endif  // GALLEY_COMMON_TEXT_WORD_SET_H_
