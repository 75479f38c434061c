// A small Korean-English lexicon of news words, used as alignment anchors.
#ifndef GALLEY_COMMON_ALIGN_NEWS_LEXICON_H_
#define GALLEY_COMMON_ALIGN_NEWS_LEXICON_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "common/base/fnv.h"

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
  // Appends the concepts of a stem that is the whole of Hangul word `word`, not a prefix of it
  // (인텔리전스 has none, though it begins like 인텔 Intel).
  void KoreanWholeWordConcepts(std::string_view word, std::vector<uint32_t>* out) const;
  // Appends the concepts of a lower-case English word; a plural in -ies has those of its
  // singular in -y (libraries, library) when its stems have none.
  void EnglishConcepts(std::string_view word, std::vector<uint32_t>* out) const;
  // Whether some English stem of several words (east sea, real madrid) starts with lower-case
  // word `first_word` and a space: the lexicon has a sense for a name of several words only then.
  bool StartsEnglishStemOfWords(std::string_view first_word) const {
    return english_first_words_.Find(first_word).has_value();
  }
  size_t size() const { return concepts_; }
  // Whether a concept is a proper name (third column "name"): a country, city, people or
  // institution that a translation must carry over.
  bool IsName(uint32_t concept_id) const {
    return concept_id < is_name_.size() && is_name_[concept_id];
  }

 private:
  // EnglishConcepts by the stems alone.
  void EnglishStemConcepts(std::string_view word, std::vector<uint32_t>* out) const;
  // Stem -> concept ids, immutable once built: open addressing over FNV-1a hashes, which a
  // lookup of a word's prefixes computes incrementally (one pass over the word for all of
  // them). Stems without ids are a set (the first words below). Each slot holds its stem and
  // where its ids are, in 32 bytes: a lookup reads one cache line of slots and, on a hit, the ids
  // (most lookups are misses, of a word's prefixes that are no stem).
  class StemIndex {
   public:
    // The longest stem in bytes (a Korean stem of kMaxStemSyllables is 18).
    static constexpr size_t kMaxKeyBytes = 22;
    // Builds from stems and their ids (each stem once, at most kMaxKeyBytes long, at most 255
    // ids).
    explicit StemIndex(std::vector<std::pair<std::string, std::vector<uint32_t>>> entries = {});
    static uint64_t Start() { return kFnvOffset; }
    static uint64_t Next(uint64_t hash, char byte) {
      return FnvStep(hash, static_cast<unsigned char>(byte));
    }
    static uint64_t Hash(std::string_view key);
    // The ids of `key`, whose Hash is `hash` (valid while the index lives); nullopt when it is
    // not in the index.
    std::optional<std::span<const uint32_t>> Find(std::string_view key, uint64_t hash) const;
    std::optional<std::span<const uint32_t>> Find(std::string_view key) const {
      return Find(key, Hash(key));
    }

   private:
    struct Slot {
      uint32_t tag = 0;        // The hash's upper half.
      uint32_t first_id = 0;   // Index into ids_.
      uint8_t key_size = 0;    // 0: an empty slot (stems are never empty).
      uint8_t id_count = 0;
      char key[kMaxKeyBytes] = {};
    };
    static_assert(sizeof(Slot) == 32);
    std::vector<uint32_t> ids_;
    std::vector<Slot> slots_;  // Power-of-two size, at most half full.
  };
  StemIndex korean_prefix_;   // Stems of 2+ syllables: match word prefixes.
  StemIndex korean_exact_;    // One-syllable stems: match whole words.
  StemIndex english_prefix_;  // Stems of 4+ letters: match word prefixes.
  StemIndex english_exact_;   // Shorter stems: match whole words.
  // First four letters of every prefix stem, to rule most words out with one lookup. Each head's
  // one id is a mask of the lengths of the stems it begins (bit k: a stem of k letters), so a
  // word's prefixes are looked up only at lengths some stem has.
  StemIndex english_heads_;
  // The first words of the English stems of several words.
  StemIndex english_first_words_;
  // The first two syllables of every Korean stem of 2+ syllables: most words start like none, and
  // one lookup then rules out all their prefixes. Each head's one id is a mask of the stems'
  // lengths in syllables (bit k: a stem of k syllables), as for english_heads_.
  StemIndex korean_heads_;
  size_t concepts_ = 0;
  std::vector<bool> is_name_;  // By concept id.
};

}  // namespace galley::align

#endif  // GALLEY_COMMON_ALIGN_NEWS_LEXICON_H_
