// Sentence segmentation for Korean and English news.
#ifndef GALLEY_COMMON_TEXT_SENTENCE_SPLITTER_H_
#define GALLEY_COMMON_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace galley::text {

// A half-open range [begin, end) of UTF-8 byte offsets into a text.
struct TextSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool operator==(const TextSpan&) const = default;
};

// Splits news text into sentences: ICU's sentence break rules (UAX #29), then news rules ICU lacks:
// no break inside brackets that close in the same paragraph; in Korean, none inside a quotation
// that the sentence goes on after (`"…다. …다"라고 말했다`, `" 하며`); none between two
// characters without a space (`다.”고`); none after abbreviations (U.S., Dr., Corp., Jan., No.)
// and initials (George W. Bush) unless a sentence plainly starts there. Line breaks always end a
// sentence (headlines, paragraphs). English news splits multi-sentence quotations, so English
// quotations are not merged.
//
// Spans exclude surrounding whitespace and are never empty. Thread-safe: ICU iterators are not, so
// each call borrows one from a small internal pool.
class SentenceSplitter {
 public:
  // `language_code`: BCP 47 ("ko", "en", ...); any language ICU knows is accepted, the news rules
  // are tuned for Korean and English.
  static absl::StatusOr<std::unique_ptr<SentenceSplitter>> Create(std::string_view language_code);
  ~SentenceSplitter();

  // REQUIRES: `text` is valid UTF-8 and shorter than 4 GiB.
  std::vector<TextSpan> Split(std::string_view text) const;

  // ICU's boundaries alone (trimmed like Split), for measuring what the news rules add.
  std::vector<TextSpan> SplitIcuOnly(std::string_view text) const;

 private:
  SentenceSplitter(std::unique_ptr<icu::BreakIterator> prototype, bool merge_quotations);
  std::unique_ptr<icu::BreakIterator> Acquire() const;
  void Release(std::unique_ptr<icu::BreakIterator> iterator) const;
  // Candidate boundaries from ICU, excluding 0 and text.size().
  std::vector<uint32_t> IcuBoundaries(std::string_view text) const;

  std::unique_ptr<icu::BreakIterator> prototype_;
  // Keep quoted sentences inside the sentence that reports them (Korean style).
  bool merge_quotations_;
  mutable std::mutex pool_mutex_;
  mutable std::vector<std::unique_ptr<icu::BreakIterator>> pool_;  // GUARDED_BY(pool_mutex_)
};

// Each line that holds anything but whitespace is one span, trimmed of surrounding whitespace.
// Lines end at "\n", "\r\n" or "\r". REQUIRES: valid UTF-8.
std::vector<TextSpan> SplitLines(std::string_view text);

// `span` with leading and trailing whitespace (including line breaks) removed; may become empty.
TextSpan TrimSpan(std::string_view text, TextSpan span);

}  // namespace galley::text

#endif  // GALLEY_COMMON_TEXT_SENTENCE_SPLITTER_H_
