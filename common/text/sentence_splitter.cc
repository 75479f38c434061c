#include "common/text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>

#include "common/base/str_cat.h"
#include "common/text/utf8.h"

namespace galley::text {
namespace {

// How far ahead a closing quote or bracket is looked for before a quotation is taken to be
// unbalanced (a stray quote must not swallow the rest of an article).
constexpr size_t kMaxQuoteLookahead = 2000;

// Abbreviations after which a period does not end a sentence. Matched case-sensitively against the
// letters before the period.
constexpr std::array<std::string_view, 62> kTitleAbbreviations = {
    "Mr",   "Mrs",  "Ms",   "Dr",   "Prof", "Gen",   "Sen",  "Rep",  "Gov",  "Lt",   "Col",
    "Maj",  "Capt", "Sgt",  "Cpl",  "Adm",  "Cmdr",  "Rev",  "Hon",  "Pres", "Supt", "Gens",
    "St",   "Mt",   "Ft",   "Ave",  "Blvd", "Dept",  "Univ", "No",   "Nos",  "vs",   "Vol",
    "Fig",  "pp",   "approx", "est", "Jan",  "Feb",   "Mar",  "Apr",  "Aug",  "Sept", "Sep",
    "Oct",  "Nov",  "Dec",  "Gov",  "Atty", "Sens",  "Reps", "Messrs", "Mmes", "Msgr", "Sr",
    "Jr",   "Ph",   "Rd",   "cf",   "Op",   "Art",   "Sec"};
// Abbreviations that often end a sentence too: the period ends one when a sentence plainly starts
// next (see kSentenceStarters).
constexpr std::array<std::string_view, 12> kFinalAbbreviations = {
    "Inc", "Co", "Corp", "Ltd", "Bros", "etc", "Jr", "Sr", "Plc", "LLC", "Cos", "Gov"};
// Words that begin sentences and rarely follow an abbreviation inside one.
constexpr std::array<std::string_view, 40> kSentenceStarters = {
    "The",   "He",    "She",   "It",     "They",    "We",    "I",      "But",     "And",
    "In",    "A",     "An",    "This",   "That",    "These", "Those",  "There",   "His",
    "Her",   "Its",   "Their", "Our",    "If",      "When",  "While",  "However", "Meanwhile",
    "After", "Before", "As",   "Some",   "Many",    "Most",  "According", "On",   "At",
    "For",   "Yet",   "So",    "Still"};
// Korean words that continue a sentence after a closing quote followed by a space (`" 하며`).
constexpr std::array<std::string_view, 22> kQuoteContinuations = {
    "하며", "하고", "하면서", "하는", "하자", "라고", "라며", "라는", "이라고", "이라며",
    "이라는", "고", "며", "는", "등", "등을", "등의", "등이", "했다", "한다", "했다.", "말했다"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool IsOpener(char32_t c) {
  switch (c) {
    case '(': case '[': case '{': case '<': case U'“': case U'‘': case U'「': case U'『':
    case U'《': case U'〈': case U'【': case U'〔': case U'（': case U'［': case U'«':
      return true;
    default:
      return false;
  }
}

char32_t CloserOf(char32_t c) {
  switch (c) {
    case '(': return ')';
    case '[': return ']';
    case '{': return '}';
    case '<': return '>';
    case U'“': return U'”';
    case U'‘': return U'’';
    case U'「': return U'」';
    case U'『': return U'』';
    case U'《': return U'》';
    case U'〈': return U'〉';
    case U'【': return U'】';
    case U'〔': return U'〕';
    case U'（': return U'）';
    case U'［': return U'］';
    case U'«': return U'»';
    case '"': return '"';
    case '\'': return '\'';
    default: return 0;
  }
}

bool IsCloser(char32_t c) {
  switch (c) {
    case ')': case ']': case '}': case '>': case U'”': case U'’': case U'」': case U'』':
    case U'》': case U'〉': case U'】': case U'〕': case U'）': case U'］': case U'»': case '"':
    case '\'':
      return true;
    default:
      return false;
  }
}

bool IsWordChar(char32_t c) {
  return IsAsciiAlpha(c) || IsAsciiDigit(c) || IsHangul(c) || (c >= 0xC0 && c < 0x2000);
}

// Tracks open quotations and brackets while scanning a text forward.
//
// Straight quotes are ambiguous: `"` opens when nothing open is a `"`, else closes; `'` is a quote
// only at a word edge, since inside a word it is an apostrophe (Korea's, don't).
class QuoteTracker {
 public:
  void Reset() { stack_.clear(); }
  bool open() const { return !stack_.empty(); }
  // The closer expected for the innermost open quotation or bracket, or 0.
  char32_t expected_closer() const { return stack_.empty() ? 0 : CloserOf(stack_.back()); }

  // Feeds the code point at [pos, next) of `text`.
  void Feed(std::string_view text, size_t pos, size_t next, char32_t c) {
    if (c == '"' || c == '\'') {
      const bool top_is_same = !stack_.empty() && stack_.back() == c;
      if (c == '\'') {
        const char32_t before = pos > 0 ? DecodeUtf8Before(text, pos) : ' ';
        const char32_t after = next < text.size() ? PeekAt(text, next) : ' ';
        const bool at_word_start = !IsWordChar(before);
        const bool at_word_end = !IsWordChar(after) || IsHangul(after);
        if (top_is_same && at_word_end) {
          stack_.pop_back();
        } else if (!top_is_same && at_word_start && IsWordChar(after)) {
          Push(c);
        }
        return;
      }
      if (top_is_same) {
        stack_.pop_back();
      } else {
        Push(c);
      }
      return;
    }
    if (IsOpener(c)) {
      Push(c);
    } else if (IsCloser(c)) {
      // Pop to the matching opener; an unmatched closer is ignored.
      for (size_t k = stack_.size(); k > 0; --k) {
        if (CloserOf(stack_[k - 1]) == c) {
          stack_.resize(k - 1);
          break;
        }
      }
    }
  }

 private:
  static char32_t PeekAt(std::string_view text, size_t pos) {
    size_t p = pos;
    return DecodeUtf8(text, &p);
  }
  void Push(char32_t c) {
    if (stack_.size() < 16) stack_.push_back(c);
  }
  std::vector<char32_t> stack_;
};

// The letters (and inner periods, as in "U.S") of the word that ends just before `pos`.
std::string_view WordBefore(std::string_view text, size_t pos) {
  size_t b = pos;
  while (b > 0) {
    const char c = text[b - 1];
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      --b;
    } else if (c == '.' && b >= 2 && ((text[b - 2] | 0x20) >= 'a' && (text[b - 2] | 0x20) <= 'z')) {
      --b;
    } else {
      break;
    }
  }
  return text.substr(b, pos - b);
}

// The word (letters, Hangul, digits) starting at `pos`.
std::string_view WordAt(std::string_view text, size_t pos) {
  size_t e = pos;
  while (e < text.size()) {
    size_t next = e;
    const char32_t c = DecodeUtf8(text, &next);
    if (!IsWordChar(c) && !(c == '.' && e > pos)) break;
    e = next;
  }
  return text.substr(pos, e - pos);
}

// Whether a candidate break at `p` must be dropped: it falls after an abbreviation or initial.
// `term` is the offset of the period that ends the text before the break.
bool IsAbbreviationBreak(std::string_view text, size_t term, size_t p) {
  const std::string_view word = WordBefore(text, term);
  if (word.empty()) return false;
  const std::string_view next_word = WordAt(text, p);
  const bool next_starts_sentence =
      Contains(kSentenceStarters, next_word) ||
      (!next_word.empty() && !IsAsciiAlpha(static_cast<unsigned char>(next_word[0])));
  // Dotted abbreviations: U.S, U.N, U.K, a.m, p.m, e.g, i.e.
  if (word.find('.') != std::string_view::npos) return !next_starts_sentence;
  if (word.size() == 1 && IsAsciiUpper(word[0])) {
    // An initial: "George W. Bush", "Kim J. Lee".
    return !next_starts_sentence;
  }
  if (Contains(kTitleAbbreviations, word)) return true;
  if (Contains(kFinalAbbreviations, word)) return !next_starts_sentence;
  return false;
}

// Whether `closer_end` (just past a closing quote or bracket) is followed, after at most one run of
// horizontal space, by a Korean word that continues the quoted sentence.
bool ContinuesAfterQuote(std::string_view text, size_t p) {
  const std::string_view word = WordAt(text, p);
  if (word.empty()) return false;
  if (Contains(kQuoteContinuations, word)) return true;
  // Quotative particles glued to a following verb ("라고밝혔다" is rare; "라고" alone is common).
  for (std::string_view prefix : {"라고", "라며", "이라고", "이라며", "하며", "하고"}) {
    if (word.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

}  // namespace

SentenceSplitter::SentenceSplitter(std::unique_ptr<icu::BreakIterator> prototype)
    : prototype_(std::move(prototype)) {}

SentenceSplitter::~SentenceSplitter() = default;

absl::StatusOr<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create(
    std::string_view language_code) {
  if (language_code.empty()) {
    return absl::InvalidArgumentError("language code is empty (expected BCP 47, e.g. \"ko\")");
  }
  UErrorCode tag_error = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(
      icu::StringPiece(language_code.data(), static_cast<int32_t>(language_code.size())),
      tag_error);
  if (U_FAILURE(tag_error) || locale.isBogus() ||
      std::string_view(locale.getLanguage()).empty()) {
    return absl::InvalidArgumentError(
        galley::StrCat("unknown language code \"", language_code, "\""));
  }
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createSentenceInstance(locale, error));
  if (U_FAILURE(error) || !iterator) {
    return absl::InternalError(galley::StrCat("ICU sentence iterator: ", u_errorName(error)));
  }
  return std::unique_ptr<SentenceSplitter>(new SentenceSplitter(std::move(iterator)));
}

std::unique_ptr<icu::BreakIterator> SentenceSplitter::Acquire() const {
  {
    std::lock_guard<std::mutex> lock(pool_mutex_);
    if (!pool_.empty()) {
      auto it = std::move(pool_.back());
      pool_.pop_back();
      return it;
    }
  }
  return std::unique_ptr<icu::BreakIterator>(prototype_->clone());
}

void SentenceSplitter::Release(std::unique_ptr<icu::BreakIterator> iterator) const {
  std::lock_guard<std::mutex> lock(pool_mutex_);
  if (pool_.size() < 64) pool_.push_back(std::move(iterator));
}

std::vector<uint32_t> SentenceSplitter::IcuBoundaries(std::string_view text) const {
  std::vector<uint32_t> out;
  UErrorCode error = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  // Over UTF-8 directly: ICU's native indexes are then our byte offsets, no UTF-16 copy.
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &error);
  if (U_FAILURE(error)) return out;
  auto iterator = Acquire();
  iterator->setText(&utext, error);
  if (U_SUCCESS(error)) {
    for (int32_t p = iterator->next(); p != icu::BreakIterator::DONE; p = iterator->next()) {
      if (p > 0 && static_cast<size_t>(p) < text.size()) out.push_back(static_cast<uint32_t>(p));
    }
  }
  // Detach the iterator from our UText before it goes out of scope.
  UText empty = UTEXT_INITIALIZER;
  UErrorCode ignored = U_ZERO_ERROR;
  utext_openUTF8(&empty, "", 0, &ignored);
  iterator->setText(&empty, ignored);
  utext_close(&empty);
  utext_close(&utext);
  Release(std::move(iterator));
  return out;
}

std::vector<TextSpan> SentenceSplitter::SplitIcuOnly(std::string_view text) const {
  std::vector<TextSpan> out;
  uint32_t start = 0;
  auto cuts = IcuBoundaries(text);
  cuts.push_back(static_cast<uint32_t>(text.size()));
  for (uint32_t cut : cuts) {
    const TextSpan span = TrimSpan(text, {start, cut});
    if (span.end > span.begin) out.push_back(span);
    start = cut;
  }
  return out;
}

std::vector<TextSpan> SentenceSplitter::Split(std::string_view text) const {
  const std::vector<uint32_t> candidates = IcuBoundaries(text);
  std::vector<TextSpan> out;
  QuoteTracker quotes;
  size_t scanned = 0;         // Quote state covers text[0, scanned).
  uint32_t sentence_start = 0;

  auto emit = [&](uint32_t end) {
    const TextSpan span = TrimSpan(text, {sentence_start, end});
    if (span.end > span.begin) out.push_back(span);
    sentence_start = end;
  };

  for (const uint32_t p : candidates) {
    // Where the sentence before the break ends: back over the whitespace ICU attaches to it.
    size_t content_end = p;
    bool line_break = false;
    while (content_end > sentence_start) {
      size_t prev_start;
      const char32_t c = DecodeUtf8Before(text, content_end, &prev_start);
      if (!IsSpace(c)) break;
      line_break |= IsLineBreak(c);
      content_end = prev_start;
    }
    // Advance the quote state to the break.
    while (scanned < p) {
      size_t next = scanned;
      const char32_t c = DecodeUtf8(text, &next);
      if (IsLineBreak(c)) {
        quotes.Reset();  // Quotations do not run across paragraphs in news copy.
      } else {
        quotes.Feed(text, scanned, next, c);
      }
      scanned = next;
    }
    if (line_break || content_end == sentence_start) {
      quotes.Reset();
      emit(p);
      continue;
    }
    // 1. Inside a quotation or bracket that closes later in the same paragraph.
    if (quotes.open()) {
      const char32_t closer = quotes.expected_closer();
      bool closes = false;
      const size_t limit = std::min(text.size(), p + kMaxQuoteLookahead);
      for (size_t q = p; q < limit;) {
        const char32_t c = DecodeUtf8(text, &q);
        if (IsLineBreak(c)) break;
        if (c == closer) {
          closes = true;
          break;
        }
      }
      if (closes) continue;
    }
    // 2. ICU broke between two non-space characters (`다.”고`, `.[2]`): never a sentence break in
    // news copy, where sentences are separated by whitespace.
    if (content_end == p) continue;
    size_t last_start;
    const char32_t last = DecodeUtf8Before(text, content_end, &last_start);
    // 3. A closing quote or bracket followed by a Korean quotative continuation.
    if (IsCloser(last) && ContinuesAfterQuote(text, p)) continue;
    // 4. Abbreviations and initials.
    if (last == '.' && IsAbbreviationBreak(text, last_start, p)) continue;
    quotes.Reset();
    emit(p);
  }
  emit(static_cast<uint32_t>(text.size()));
  return out;
}

TextSpan TrimSpan(std::string_view text, TextSpan span) {
  size_t b = span.begin, e = span.end;
  while (b < e) {
    size_t next = b;
    if (!IsSpace(DecodeUtf8(text, &next))) break;
    b = next;
  }
  while (e > b) {
    size_t prev;
    if (!IsSpace(DecodeUtf8Before(text, e, &prev))) break;
    e = prev;
  }
  return {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
}

std::vector<TextSpan> SplitLines(std::string_view text) {
  std::vector<TextSpan> out;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n' || text[i] == '\r') {
      const TextSpan span =
          TrimSpan(text, {static_cast<uint32_t>(start), static_cast<uint32_t>(i)});
      if (span.end > span.begin) out.push_back(span);
      if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  return out;
}

}  // namespace galley::text
