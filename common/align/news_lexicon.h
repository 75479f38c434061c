// A small Korean-English lexicon of news words, used as alignment anchors.
#ifndef GALLEY_COMMON_ALIGN_NEWS_LEXICON_H_
#define GALLEY_COMMON_ALIGN_NEWS_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "absl/status/statusor.h"

namespace galley::align {

// Concepts (one per line of the TSV: Korean stems, English stems) that a Korean or an English word
// may express. The data is common/align/data/news_lexicon.tsv, compiled in; its header says how
// stems match. Immutable; thread-safe.
class NewsLexicon {
 public:
  // The compiled-in lexicon.
  static const NewsLexicon& Default();
  // Parses the TSV format; INVALID_ARGUMENT names the line of a malformed entry.
  static absl::StatusOr<NewsLexicon> Parse(std::string_view tsv);

  // Appends the concepts of a Hangul word (particles already stripped).
  void KoreanConcepts(std::string_view word, std::vector<uint32_t>* out) const;
  // Appends the concepts of a lower-case English word.
  void EnglishConcepts(std::string_view word, std::vector<uint32_t>* out) const;
  size_t size() const { return concepts_; }
  // Whether a concept is a proper name (third column "name"): a country, city, people or
  // institution that a translation must carry over.
  bool IsName(uint32_t concept_id) const {
    return concept_id < is_name_.size() && is_name_[concept_id];
  }

 private:
  // Heterogeneous lookup: find() takes a string_view without building a std::string.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>>;
  Index korean_prefix_;   // Stems of 2+ syllables: match word prefixes.
  Index korean_exact_;    // One-syllable stems: match whole words.
  Index english_prefix_;  // Stems of 4+ letters: match word prefixes.
  Index english_exact_;   // Shorter stems: match whole words.
  // First four letters of every prefix stem, to rule most words out with one lookup.
  std::unordered_set<std::string, Hash, std::equal_to<>> english_heads_;
  // The first two syllables of every Korean stem of 2+ syllables: most words start like none, and
  // one lookup then rules out all their prefixes.
  std::unordered_set<std::string, Hash, std::equal_to<>> korean_heads_;
  size_t concepts_ = 0;
  std::vector<bool> is_name_;  // By concept id.
};

}  // namespace galley::align

#endif  // GALLEY_COMMON_ALIGN_NEWS_LEXICON_H_
