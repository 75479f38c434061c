// What the aligner knows of a sentence: its length and its anchors, computed once per sentence.
#ifndef GALLEY_COMMON_ALIGN_SENTENCE_FEATURES_H_
#define GALLEY_COMMON_ALIGN_SENTENCE_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace galley::align {

struct SentenceFeatures {
  // Length in code points, spaces excluded.
  double length = 0;
  // Hashes of normalized quantity values, sorted and unique. Symmetric evidence: a number on one
  // side without its partner on the other speaks against a bead.
  std::vector<uint64_t> numbers;
  // Hashes of name evidence, sorted and unique. Korean side: Latin tokens (IBM, NHK) and phonetic
  // keys of person names, each expected in the translation. English side: every capitalized word
  // (and pair of words) as a candidate; most have no partner, so only Korean-side misses count.
  std::vector<uint64_t> names;
};

// REQUIRES: valid UTF-8. `text` of a Korean sentence (NFKC-normalized for the number reader).
SentenceFeatures KoreanSentenceFeatures(std::string_view text);
// REQUIRES: valid UTF-8. `text` of an English sentence (NFKC-normalized).
SentenceFeatures EnglishSentenceFeatures(std::string_view text);

// Number of anchors the two sorted lists share.
int SharedAnchors(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace galley::align

#endif  // GALLEY_COMMON_ALIGN_SENTENCE_FEATURES_H_
