// What a check sees of one aligned pair.
#ifndef GALLEY_COMMON_CHECKS_PAIR_CONTEXT_H_
#define GALLEY_COMMON_CHECKS_PAIR_CONTEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "common/align/aligner.h"
#include "common/align/sentence_features.h"
#include "common/checks/finding.h"
#include "common/checks/glossary.h"
#include "common/numbers/quantity.h"
#include "common/text/normalized_text.h"

namespace galley::checks {

// One side of a pair: the submitted bytes from its first segment's start to its last segment's
// end, NFKC-normalized for comparison, with the way back to submitted offsets.
class PairSide {
 public:
  // An empty side (the missing half of a 1-0 or 0-1 pair).
  PairSide() = default;
  // REQUIRES: `document` is valid UTF-8 and [begin, end) lies within it on code point boundaries.
  static absl::StatusOr<PairSide> Create(std::string_view document, uint32_t begin, uint32_t end);

  bool empty() const { return original_.empty(); }
  // Normalized text: what checks read.
  std::string_view text() const { return normalized_.text(); }
  // The submitted bytes of this side.
  std::string_view original() const { return original_; }
  // A span of text() as a span of the submitted document.
  text::TextSpan ToDocument(text::TextSpan normalized) const {
    return {base_ + normalized_.OriginalBegin(normalized.begin),
            base_ + normalized_.OriginalEnd(normalized.end)};
  }
  // The whole side as a span of the submitted document.
  text::TextSpan document_span() const {
    return {base_, base_ + static_cast<uint32_t>(original_.size())};
  }

 private:
  uint32_t base_ = 0;
  std::string_view original_;
  text::NormalizedText normalized_;
};

// How the English document writes its ASCII words of three or more letters: which it writes in
// lower case somewhere, and which capitalized within a sentence (after a lower-case word, a digit,
// a comma or a semicolon), where a capital marks a name. Tables of the words' hashes, read in one
// pass on the first question (most checks never ask). One per document and Check call; not
// thread-safe (a Check runs its pairs on one thread).
class EnglishWordCases {
 public:
  // `text` must outlive this object.
  explicit EnglishWordCases(std::string_view text) : text_(text) {}
  // Whether `word` (any case) occurs in lower case in the text.
  bool InLowerCase(std::string_view word) const;
  // Whether `word` (any case) occurs capitalized within a sentence of the text ("said Obama").
  bool CapitalizedWithinSentence(std::string_view word) const;

 private:
  void Read() const;

  std::string_view text_;
  mutable bool read_ = false;
  // Open addressing, 0 empty (hashes have bit 0 set).
  mutable std::vector<uint64_t> lower_case_, capitalized_;
};

// How one pair rendered a Korean name: what checks note pair by pair for a look at the whole
// document afterwards (one person spelled two ways). Spans in bytes of the submitted documents.
struct NameSpelling {
  std::string korean;   // The Korean name (이하경, 탈라바니).
  std::string english;  // Its English rendering in this pair ("Lee Ha-kyung", "Talabani").
  uint32_t pair_index = 0;
  text::TextSpan source;
  text::TextSpan target;
  // A Korean person's name, matched by its romanization (names::MatchPersonName): any other
  // spelling of it is a second one, however close; a transliterated name's only a close one.
  bool person = false;
};

// What checks note about a document while they run over its pairs. One per Check call; not
// thread-safe (a Check runs its pairs on one thread).
struct DocumentNotes {
  std::vector<NameSpelling> name_spellings;
  // English name words the lexicon explains by a name it knows that the pair's Korean has ("Trump"
  // for 트럼프): the house spelling of that name, against which a transliteration elsewhere in the
  // document ("Tramp" for 트럼프) is a second one.
  struct KnownNameRendering {
    uint32_t pair_index = 0;
    std::string english;             // The word as written.
    std::vector<uint32_t> concepts;  // Its lexicon name concepts.
  };
  std::vector<KnownNameRendering> known_name_renderings;
  // The words of every pair's English names that need a counterpart, lower case, by pair: which
  // names the article mentions where.
  std::vector<std::pair<uint32_t, std::string>> english_name_words;
  // English names of one such word that nothing in their pair's Korean matches, where the Korean
  // has no name left unmatched either (so no name was put in another's place): reported at the
  // end of the document when no sentence around them mentions them.
  struct UnmatchedEnglishName {
    uint32_t pair_index = 0;
    std::string word;       // Its word that needs a counterpart, lower case.
    std::string text;       // The name as written.
    text::TextSpan target;  // Bytes of the submitted English.
  };
  std::vector<UnmatchedEnglishName> unmatched_english_names;
  // Each pair's Korean, by pair (for the names above: a sentence around may have the name the
  // aligner put beside another): its text, and the aligner's features of its sentences (owned by
  // the engine's Alignment, which outlives the notes).
  struct KoreanSentence {
    uint32_t pair_index = 0;
    std::string text;
    std::vector<const align::SentenceFeatures*> features;
  };
  std::vector<KoreanSentence> korean_sentences;
  // Acronyms of a pair's Korean (FDA, NHC) its English leaves out: reported at the end of the
  // document unless an English sentence around carries them (after "the Food and Drug
  // Administration", English says "the agency" where Korean repeats FDA).
  struct MissingAcronym {
    uint32_t pair_index = 0;
    std::string acronym;
    text::TextSpan source;  // Bytes of the submitted Korean.
  };
  std::vector<MissingAcronym> missing_acronyms;
  // Each pair's English, by pair (for the acronyms above).
  std::vector<std::pair<uint32_t, std::string>> english_sentences;
  // The submitted English with its Latin letters folded to ASCII (names::FoldLatinLetters), made
  // on the name check's first need; and the words folding changed, folded and as written
  // (Franssois, François), once each: what its messages quote is written back as submitted.
  std::string folded_target_document;
  std::vector<std::pair<std::string, std::string>> folded_words;
};

// Everything a check needs about one pair. Views into data owned by the engine for the duration
// of one Check call.
struct PairContext {
  uint32_t pair_index = 0;
  const align::Bead* bead = nullptr;
  const PairSide* source = nullptr;
  const PairSide* target = nullptr;
  // The whole submitted texts (for fingerprints and messages).
  std::string_view source_document;
  std::string_view target_document;
  // Length model ratio (English / Korean code points), for partial-omission checks.
  double length_ratio = 2.16;
  // The quantities of the pair's sentences, spans in bytes of the submitted documents.
  std::vector<numbers::Quantity> source_quantities;
  std::vector<numbers::Quantity> target_quantities;
  // The aligner's view of the pair's sentences (owned by the engine's Alignment).
  std::vector<const align::SentenceFeatures*> source_features;
  std::vector<const align::SentenceFeatures*> target_features;
  // The request's glossary; null when none was given.
  const Glossary* glossary = nullptr;
  // How the whole English document writes its words (EnglishWordCases): a capitalized word it
  // also writes in lower case is an ordinary word at a sentence start or in a title ("Web",
  // "Oil"), not a name; a sentence's first word it writes capitalized elsewhere may be one.
  // Owned by the engine; never null when checks run.
  const EnglishWordCases* target_word_cases = nullptr;
  // Where checks note what FinishDocument will look at. Owned by the engine; never null when
  // checks run.
  DocumentNotes* notes = nullptr;
};

// A check over one pair. Implementations are stateless and thread-safe.
class PairCheck {
 public:
  virtual ~PairCheck() = default;
  virtual std::string_view name() const = 0;
  // Appends findings (without fingerprint; the engine adds it).
  virtual void Run(const PairContext& pair, std::vector<Finding>* findings) const = 0;
  // Called once after Run has seen every pair of the document, with what the checks noted.
  virtual void FinishDocument(const DocumentNotes& notes, std::vector<Finding>* findings) const {
    (void)notes;
    (void)findings;
  }
};

std::unique_ptr<PairCheck> MakeNumberCheck();
std::unique_ptr<PairCheck> MakeNameCheck();
std::unique_ptr<PairCheck> MakeOmissionCheck();
std::unique_ptr<PairCheck> MakeUntranslatedCheck();
std::unique_ptr<PairCheck> MakeGlossaryCheck();

// Quotes a span of a side for a message: the text, shortened to about 40 bytes on a code point
// boundary.
std::string Quote(std::string_view text, text::TextSpan span);

}  // namespace galley::checks

#endif  // GALLEY_COMMON_CHECKS_PAIR_CONTEXT_H_
