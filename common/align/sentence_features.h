// What the aligner knows of a sentence: its length and its anchors, computed once per sentence.
#ifndef GALLEY_COMMON_ALIGN_SENTENCE_FEATURES_H_
#define GALLEY_COMMON_ALIGN_SENTENCE_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/names/name_finder.h"

#include "common/numbers/quantity.h"

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
  // Consonant skeletons (names/transliteration.h) of words that may be transliterated names.
  // Korean side: Hangul words with particles stripped; English side: capitalized words other than
  // sentence starters, titles, months and days, i.e. the names a translation must carry. Compared
  // fuzzily (SkeletonsMatch), so 로렌스 ~ Lawrence counts as evidence, and an English name with no
  // Korean partner in a bead counts against it.
  std::vector<std::string> skeletons;
  // The skeletons as sorted integer keys for fast fuzzy matching: each skeleton's exact hash, and
  // for skeletons of 4+ classes the hashes of the skeleton and of each one-class deletion (after
  // the first class) in a second namespace, so that two skeletons within one edit share a key. `skeleton` is the
  // index into `skeletons` the key came from.
  struct SkeletonKey {
    uint64_t key;
    uint32_t skeleton;
    bool operator<(const SkeletonKey& o) const { return key < o.key; }
  };
  std::vector<SkeletonKey> skeleton_keys;
  // Hashes of news-lexicon concepts (news_lexicon.h) the sentence's words express, sorted and
  // unique: 정부 and "government" share one.
  std::vector<uint64_t> concepts;
  // Korean side only, for the name check (not an alignment anchor): hashes of the English
  // spellings of the surnames of the sentence's likely person names (김정일 -> Kim, Gim), and of
  // their given names' phonetic keys.
  std::vector<uint64_t> surnames;
  // Korean side only: the person names of the sentence (spans in bytes of the text the features
  // were read from), kept so that the name check of a 1-1 pair need not look for them again.
  std::vector<names::KoreanPersonName> persons;
  // Korean side only, likewise: the sentence's Hangul words (names::HangulWords), each as its
  // byte span and the length of its stem (a prefix of the word).
  struct WordSpan {
    text::TextSpan span;
    uint32_t stem_length;
  };
  std::vector<WordSpan> words;
  // Korean side only, likewise: the spans of names::FindLatinNames.
  std::vector<text::TextSpan> latin_names;
};

// What an English word could match in a Korean sentence if it is a name.
struct EnglishWordEvidence {
  uint64_t latin = 0;      // The word copied as Latin text (lower case).
  uint64_t given = 0;      // Its phonetic key as a Korean given name.
  uint64_t surname = 0;    // The word as a surname spelling (lower case).
  std::vector<uint64_t> concepts;
};
// REQUIRES: `word` is ASCII letters (with inner hyphens or apostrophes).
EnglishWordEvidence EvidenceForEnglishWord(std::string_view word);

// What one Hangul word (particle stripped) could match: its lexicon concepts.
// REQUIRES: valid UTF-8.
SentenceFeatures KoreanWordFeatures(std::string_view stem);

// names::FindKoreanPersonNames without the words the news lexicon knows, which a title may follow
// as a person's name does (이라크 대사 is Iraq's ambassador, no one called 이라크), but for names
// after an occupation, which no such word follows (작가 이민진 is the author Lee Min-jin, whose
// name begins like 이민 'immigration'). Thread-safe.
std::vector<names::KoreanPersonName> KoreanPersonNames(std::string_view text);

// Whether a Korean sentence has a counterpart for the English word: the same Latin text, a lexicon
// concept (중국 ~ China), or a person's surname or given name. Transliterations are graded by the
// caller (names/phonetic_match.h): a yes/no key match is too loose for the name check.
bool KoreanExplains(const SentenceFeatures& korean, const EnglishWordEvidence& word);

// Evidence that source sentence a and target sentence b translate each other, as bit masks over
// each side's anchors (bit k: the side's k-th anchor has a partner on the other side; anchors past
// the 64th are ignored). Masks let a bead count each anchor once however many of its sentence
// pairs match it, so merging sentences never inflates the evidence.
struct PairEvidence {
  uint64_t source_numbers = 0;  // Over source.numbers.
  uint64_t target_numbers = 0;  // Over target.numbers.
  uint64_t source_names = 0;    // Over source.names found in target.names.
  uint64_t target_names = 0;    // Over target.skeletons matched by a source skeleton.
  uint64_t source_concepts = 0;  // Over source.concepts.
  uint64_t target_concepts = 0;  // Over target.concepts.
};
PairEvidence ComparePair(const SentenceFeatures& source, const SentenceFeatures& target);

// REQUIRES: valid UTF-8. `text` of a Korean sentence, NFKC-normalized; `quantities` its quantities
// as the number reader found them (the engine reads them once and shares them with the checks).
SentenceFeatures KoreanSentenceFeatures(std::string_view text,
                                        const std::vector<numbers::Quantity>& quantities);
// The same, reading the quantities itself.
SentenceFeatures KoreanSentenceFeatures(std::string_view text);
// REQUIRES: valid UTF-8. `text` of an English sentence (NFKC-normalized); as above.
SentenceFeatures EnglishSentenceFeatures(std::string_view text,
                                         const std::vector<numbers::Quantity>& quantities);
SentenceFeatures EnglishSentenceFeatures(std::string_view text);

// Number of anchors the two sorted lists share.
int SharedAnchors(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace galley::align

#endif  // GALLEY_COMMON_ALIGN_SENTENCE_FEATURES_H_
