#include "common/text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>

#include "common/base/str_cat.h"
#include "common/text/utf8.h"

namespace galley::text {
namespace {

// Whether any of the eight bytes of `chunk` is `byte` (the zero-byte test on chunk ^ byte...byte).
inline bool HasByte(uint64_t chunk, unsigned char byte) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighBits = 0x8080808080808080ULL;
  const uint64_t x = chunk ^ (kOnes * byte);
  return ((x - kOnes) & ~x & kHighBits) != 0;
}

// How far ahead a closing quote or bracket is looked for before a quotation is taken to be
// unbalanced (a stray quote must not swallow the rest of an article).
constexpr size_t kMaxQuoteLookahead = 600;

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

// Quotation marks fall into two classes; within a class the curly forms say which way they face
// and the straight form is decided by the open quotations (news copy mixes “…" freely).
enum class Mark { kNone, kDouble, kSingle, kParen, kSquare, kBrace, kAngle, kCorner, kWhiteCorner,
                  kDoubleAngle, kLenticular, kTortoise };
enum class Facing { kOpen, kClose, kEither };

struct MarkInfo {
  Mark mark = Mark::kNone;
  Facing facing = Facing::kEither;
};

MarkInfo ClassifyMark(char32_t c) {
  switch (c) {
    case U'“': case U'„': return {Mark::kDouble, Facing::kOpen};
    case U'”': return {Mark::kDouble, Facing::kClose};
    case '"': return {Mark::kDouble, Facing::kEither};
    // The double acute accent stands in for quotation marks in text pasted from Korean word
    // processors (`the coast.˝ ˝Typhoon Nari`).
    case U'˝': return {Mark::kDouble, Facing::kEither};
    case U'‘': return {Mark::kSingle, Facing::kOpen};
    case U'’': return {Mark::kSingle, Facing::kClose};
    case '\'': return {Mark::kSingle, Facing::kEither};
    case '(': case U'（': return {Mark::kParen, Facing::kOpen};
    case ')': case U'）': return {Mark::kParen, Facing::kClose};
    case '[': case U'［': return {Mark::kSquare, Facing::kOpen};
    case ']': case U'］': return {Mark::kSquare, Facing::kClose};
    case '{': return {Mark::kBrace, Facing::kOpen};
    case '}': return {Mark::kBrace, Facing::kClose};
    case '<': case U'〈': return {Mark::kAngle, Facing::kOpen};
    case '>': case U'〉': return {Mark::kAngle, Facing::kClose};
    case U'「': return {Mark::kCorner, Facing::kOpen};
    case U'」': return {Mark::kCorner, Facing::kClose};
    case U'『': return {Mark::kWhiteCorner, Facing::kOpen};
    case U'』': return {Mark::kWhiteCorner, Facing::kClose};
    case U'《': case U'«': return {Mark::kDoubleAngle, Facing::kOpen};
    case U'》': case U'»': return {Mark::kDoubleAngle, Facing::kClose};
    case U'【': return {Mark::kLenticular, Facing::kOpen};
    case U'】': return {Mark::kLenticular, Facing::kClose};
    case U'〔': return {Mark::kTortoise, Facing::kOpen};
    case U'〕': return {Mark::kTortoise, Facing::kClose};
    default: return {};
  }
}

// ASCII bytes the quote tracker must see: quotation marks, brackets and line breaks.
constexpr auto kAsciiMarkOrBreak = [] {
  std::array<bool, 128> table{};
  for (char c : std::string_view("\"'()[]{}<>\n\r\v\f")) table[static_cast<unsigned char>(c)] = true;
  return table;
}();

bool IsQuote(Mark m) { return m == Mark::kDouble || m == Mark::kSingle; }

bool IsCloser(char32_t c) {
  const MarkInfo info = ClassifyMark(c);
  return info.mark != Mark::kNone && info.facing != Facing::kOpen;
}

bool IsWordChar(char32_t c) {
  return IsAsciiAlpha(c) || IsAsciiDigit(c) || IsHangul(c) || (c >= 0xC0 && c < 0x2000);
}

// Tracks open quotations and brackets while scanning a text forward.
//
// A straight quote closes the innermost quotation of its class if one is open, else opens one.
// `'` counts only at a word edge, since inside a word it is an apostrophe (Korea's, don't).
class QuoteTracker {
 public:
  void Reset() { stack_.clear(); }
  bool open() const { return !stack_.empty(); }
  Mark innermost() const { return stack_.empty() ? Mark::kNone : stack_.back(); }

  // Feeds the code point at [pos, next) of `text`.
  void Feed(std::string_view text, size_t pos, size_t next, char32_t c) {
    const MarkInfo info = ClassifyMark(c);
    if (info.mark == Mark::kNone) return;
    if (info.mark == Mark::kSingle) {
      const char32_t before = pos > 0 ? DecodeUtf8Before(text, pos) : ' ';
      const char32_t after = next < text.size() ? PeekAt(text, next) : ' ';
      if (IsAsciiAlpha(before) && IsAsciiAlpha(after)) return;  // An apostrophe.
    }
    Facing facing = info.facing;
    if (facing == Facing::kEither) {
      facing = innermost() == info.mark ? Facing::kClose : Facing::kOpen;
    }
    if (facing == Facing::kOpen) {
      // A second opening double quote with one already open means the first was never closed.
      if (IsQuote(info.mark) && innermost() == info.mark) stack_.pop_back();
      if (stack_.size() < 16) stack_.push_back(info.mark);
      return;
    }
    // Close the innermost open mark of this class; an unmatched closer is ignored.
    for (size_t k = stack_.size(); k > 0; --k) {
      if (stack_[k - 1] == info.mark) {
        stack_.resize(k - 1);
        break;
      }
    }
  }

 private:
  static char32_t PeekAt(std::string_view text, size_t pos) {
    size_t p = pos;
    return DecodeUtf8(text, &p);
  }
  std::vector<Mark> stack_;
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

// The offset just past the first mark closing `mark` after `from` in the same paragraph and within
// kMaxQuoteLookahead bytes, or 0 if there is none.
// If a new quotation of the same class opens first (an opening curly quote, or a straight quote
// after a space), the open one was never closed, and 0 is returned: a stray quote must not pair
// with the next quotation's closer.
size_t FindCloser(std::string_view text, size_t from, Mark mark) {
  const size_t limit = std::min(text.size(), from + kMaxQuoteLookahead);
  char32_t previous = from > 0 ? DecodeUtf8Before(text, from) : ' ';
  for (size_t q = from; q < limit;) {
    const char32_t c = DecodeUtf8(text, &q);
    if (IsLineBreak(c)) return 0;
    const MarkInfo info = ClassifyMark(c);
    if (info.mark == mark) {
      Facing facing = info.facing;
      if (facing == Facing::kEither) facing = IsSpace(previous) ? Facing::kOpen : Facing::kClose;
      if (facing == Facing::kClose) return q;
      if (IsQuote(mark)) return 0;
    }
    previous = c;
  }
  return 0;
}

// Whether the text at `p` (just past a closing quote or bracket) goes on with the same sentence:
// a Korean ending glued to the quote (`”고`, `"라며`, `"이라는`), or after one space a quotative
// word (`" 하며`, `” 라고`) or a lower-case word.
bool ContinuesAfterQuote(std::string_view text, size_t p) {
  if (p >= text.size()) return false;
  size_t next = p;
  const char32_t c = DecodeUtf8(text, &next);
  if (IsHangul(c) || IsAsciiLower(c) || c == ',') return true;
  if (c != ' ') return false;
  ++p;
  const std::string_view word = WordAt(text, p);
  // A particle standing after the quote (`' 를 주제로`, `" 라는`). Not 이: spaced, it is far more
  // often the determiner "this" opening the next sentence (`” 이 영화는`).
  static constexpr std::string_view kParticles[] = {"를", "을", "가", "은", "는", "의", "에",
                                                    "와", "과", "로", "으로", "도", "란"};
  for (std::string_view particle : kParticles) {
    if (word == particle) return true;
  }
  if (word.empty()) return false;
  if (Contains(kQuoteContinuations, word)) return true;
  // Quotative particles glued to a following verb ("라고밝혔다" is rare; "라고" alone is common).
  for (std::string_view prefix : {"라고", "라며", "이라고", "이라며", "하며", "하고"}) {
    if (word.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

// Whether the text at `p` starts with a closing quotation mark glued to a Hangul word. A straight
// quote closes only if a quotation of its class is open (`innermost`).
bool StartsWithGluedCloser(std::string_view text, size_t p, Mark innermost) {
  if (p >= text.size()) return false;
  size_t next = p;
  const char32_t c = DecodeUtf8(text, &next);
  const MarkInfo info = ClassifyMark(c);
  if (!IsQuote(info.mark) || info.facing == Facing::kOpen || next >= text.size()) return false;
  if (info.facing == Facing::kEither && innermost != info.mark) return false;
  size_t after = next;
  return IsHangulSyllable(DecodeUtf8(text, &after)) || ContinuesAfterQuote(text, next);
}

// Final syllables of Korean predicates that end sentences in news copy (declarative 다, polite
// 요/니다, questions 까/냐/니, nominal endings 음/함/임/됨, quotatives, imperatives). A period after
// any other Hangul syllable, followed by a Hangul word, separates list items in some news styles.
bool IsSentenceFinalSyllable(char32_t c) {
  static constexpr std::u32string_view kFinal =
      U"다요죠까냐니자라오소음함임됨짐옴봄네군나세여야게데해걸던랴래든";
  return kFinal.find(c) != std::u32string_view::npos;
}

bool IsNounPeriod(std::string_view text, size_t period, size_t next_start) {
  if (period == 0 || next_start >= text.size()) return false;
  const char32_t before = DecodeUtf8Before(text, period);
  if (!IsHangulSyllable(before) || IsSentenceFinalSyllable(before)) return false;
  size_t q = next_start;
  return IsHangulSyllable(DecodeUtf8(text, &q));
}

// The sorted union of two sorted lists of break offsets.
std::vector<uint32_t> MergeCandidates(std::vector<uint32_t> candidates,
                                      const std::vector<uint32_t>& extra) {
  if (extra.empty()) return candidates;
  std::vector<uint32_t> merged;
  merged.reserve(candidates.size() + extra.size());
  std::merge(candidates.begin(), candidates.end(), extra.begin(), extra.end(),
             std::back_inserter(merged));
  merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
  return merged;
}

// ICU never breaks before a lower-case word (`...in the U.S. giving`) nor, in some contexts, before
// a digit or bracket (`다. 2월 10일`, `. (CNN)`). News copy has no such sentence-internal spaces after a
// terminal except after abbreviations, initials and ellipses, which the rules below keep together;
// so every terminal (. ? !), with its closing quotes and brackets, followed by a space is a
// candidate. Returns the union with ICU's candidates, sorted.
std::vector<uint32_t> AddTerminalBreaks(std::string_view text, std::vector<uint32_t> candidates) {
  std::vector<uint32_t> extra;
  for (size_t i = 0; i < text.size(); ++i) {
    // Eight bytes at a time past those that hold no terminal and no ellipsis' first byte (most
    // of a text): the bytes skipped are ones the test below would pass over.
    while (i + 8 <= text.size()) {
      uint64_t chunk;
      std::memcpy(&chunk, text.data() + i, 8);
      if (HasByte(chunk, '.') || HasByte(chunk, '?') || HasByte(chunk, '!') ||
          HasByte(chunk, 0xE2)) {
        break;
      }
      i += 8;
    }
    if (i >= text.size()) break;
    const char c = text[i];
    // An ellipsis counts only before a closing quotation mark (`with it…” “Others`): before a
    // word it trails off inside the sentence.
    const bool ellipsis = c == '\xE2' && text.compare(i, 3, "…") == 0;
    if (c != '.' && c != '?' && c != '!' && !ellipsis) continue;
    size_t q = ellipsis ? i + 3 : i + 1;
    while (q < text.size()) {
      size_t next = q;
      const char32_t d = DecodeUtf8(text, &next);
      if (!IsCloser(d)) break;
      q = next;
    }
    if (ellipsis) {
      // Only a closing quotation: a title in brackets may end in an ellipsis mid-sentence
      // (`<엄마를 살릴 수만 있다면…> 기사가`).
      size_t after = i + 3;
      if (q == after || !IsQuote(ClassifyMark(DecodeUtf8(text, &after)).mark)) continue;
    }
    if (q >= text.size() || (text[q] != ' ' && text[q] != '\t')) continue;
    while (q < text.size() && (text[q] == ' ' || text[q] == '\t')) ++q;
    if (q < text.size() && text[q] != '\n' && text[q] != '\r') {
      extra.push_back(static_cast<uint32_t>(q));
    }
  }
  return MergeCandidates(std::move(candidates), extra);
}

// Sentence ends that carry no terminal punctuation in scraped news copy. Returns the union with
// `candidates`, sorted. (URL and colon rules are below, in the loop.)
//  - A gap of three or more spaces with a no-break space among them: web pages lay out headline
//    lists and datelines that way (`우려\u00a0 \u00a0 \u00a02005.10 뉴욕서`); running prose never does.
//    (A Korean finite predicate without a period, `말했다 바스 교수는`, was tried and dropped: news
//    copy writes reported speech without its 고 (`추진한다 밝혔다`) and connectives without 가
//    (`흩어졌다 다시`), and the rule split 47 of 377 one-sentence news lines.)
std::vector<uint32_t> AddUnpunctuatedBreaks(std::string_view text,
                                            std::vector<uint32_t> candidates) {
  std::vector<uint32_t> extra;
  // Byte scan: every rule starts at an ASCII byte or at a no-break space (C2 A0), so other bytes
  // are skipped without decoding.
  auto is_gap_space = [&](size_t i) -> size_t {  // Length in bytes of a gap space at i, or 0.
    if (text[i] == ' ' || text[i] == '\t') return 1;
    if (text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') return 2;
    return 0;
  };
  static constexpr auto kRuleStart = [] {
    std::array<bool, 256> table{};
    for (unsigned char b : std::string_view("\xC2hw:")) table[b] = true;
    return table;
  }();
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!kRuleStart[static_cast<unsigned char>(c)]) continue;
    if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
      size_t begin = i;  // The whole run of spaces around this no-break space.
      while (begin > 0 && (text[begin - 1] == ' ' || text[begin - 1] == '\t' ||
                           (begin >= 2 && text[begin - 2] == '\xC2' && text[begin - 1] == '\xA0'))) {
        begin -= text[begin - 1] == '\xA0' ? 2 : 1;
      }
      size_t end = i, spaces = 0;
      for (size_t n; end < text.size() && (n = is_gap_space(end)) != 0; end += n) ++spaces;
      for (size_t p = begin, n; p < i && (n = is_gap_space(p)) != 0; p += n) ++spaces;
      if (spaces >= 3 && begin > 0 && end < text.size()) extra.push_back(static_cast<uint32_t>(end));
      i = end - 1;
      continue;
    }
    // A web address that a new sentence follows without punctuation: scraped copy puts the source
    // URL on a line of its own (`…Total_ID=3240947 (CNN) Both`). Prose after a URL goes on in
    // lower case (`see www.x.com for details`), so only a capital, bracket, quote or Hangul counts.
    if ((c == 'h' || c == 'w') && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n') &&
        (text.compare(i, 7, "http://") == 0 || text.compare(i, 8, "https://") == 0 ||
         text.compare(i, 4, "www.") == 0)) {
      size_t end = i;
      while (end < text.size() && static_cast<unsigned char>(text[end]) > ' ' &&
             static_cast<unsigned char>(text[end]) < 0x80) {
        ++end;
      }
      if (end + 1 < text.size() && text[end] == ' ') {
        size_t q = end + 1;
        const char32_t d = DecodeUtf8(text, &q);
        if ((d >= 'A' && d <= 'Z') || d == '(' || d == U'“' || d == '"' || IsHangulSyllable(d)) {
          extra.push_back(static_cast<uint32_t>(end + 1));
        }
      }
      i = end - 1;
      continue;
    }
    // A colon then an opening quotation (`at the box office: “'Twilight' is…`): broadcast copy
    // sets a lead-in and the quote it introduces as two units.
    if (c == ':' && i + 2 < text.size() && text[i + 1] == ' ' &&
        text.compare(i + 2, 3, "“") == 0) {
      extra.push_back(static_cast<uint32_t>(i + 2));
    }
  }
  return MergeCandidates(std::move(candidates), extra);
}

// Wikipedia-style reference marks after a sentence (`다.[2] `, `다.[1][3] `, `다.[참고 2] `): ICU
// takes the opening bracket as closing punctuation and breaks after `.[`. The break belongs after
// the marks. Returns the candidates with such breaks moved (or dropped when no space follows).
std::vector<uint32_t> MoveBreaksPastReferenceMarks(std::string_view text,
                                                   std::vector<uint32_t> candidates) {
  std::vector<uint32_t> out;
  out.reserve(candidates.size());
  for (uint32_t p : candidates) {
    if (p < 2 || text[p - 1] != '[' ||
        (text[p - 2] != '.' && text[p - 2] != '?' && text[p - 2] != '!')) {
      out.push_back(p);
      continue;
    }
    size_t q = p - 1;
    // One or more [ ... ] groups of at most 12 bytes each.
    while (q < text.size() && text[q] == '[') {
      const size_t close = text.find(']', q);
      if (close == std::string_view::npos || close - q > 12) break;
      q = close + 1;
    }
    if (q == p - 1 || q >= text.size() || (text[q] != ' ' && text[q] != '\n' && text[q] != '\t')) {
      continue;  // Not reference marks followed by a space: no break here.
    }
    while (q < text.size() && (text[q] == ' ' || text[q] == '\t')) ++q;
    if (q < text.size() && (out.empty() || out.back() < q)) out.push_back(static_cast<uint32_t>(q));
  }
  return out;
}

}  // namespace

SentenceSplitter::SentenceSplitter(std::unique_ptr<icu::BreakIterator> prototype,
                                   bool merge_quotations)
    : prototype_(std::move(prototype)), merge_quotations_(merge_quotations) {}

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
  // Korean (and Japanese, Chinese) embed quotations in the sentence that reports them.
  const std::string_view language = locale.getLanguage();
  const bool merge_quotations = language == "ko" || language == "ja" || language == "zh";
  return std::unique_ptr<SentenceSplitter>(
      new SentenceSplitter(std::move(iterator), merge_quotations));
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
  // ICU's rules run over UTF-16: its UTF-8 UText converts and maps chunk by chunk, which cost
  // more than the rules themselves. One conversion up front, and boundaries (UTF-16 indexes,
  // increasing) are walked back to byte offsets. Ill-formed UTF-8 (which the engine refuses
  // before it gets here) takes the UTF-8 UText, whose native indexes are byte offsets.
  icu::UnicodeString utf16;
  if (text.size() < INT32_MAX) {
    int32_t units = 0;
    const int32_t capacity = static_cast<int32_t>(text.size()) + 1;  // UTF-16 never longer.
    u_strFromUTF8(utf16.getBuffer(capacity), capacity, &units, text.data(),
                  static_cast<int32_t>(text.size()), &error);
    utf16.releaseBuffer(U_SUCCESS(error) ? units : 0);
  }
  const bool over_utf16 = U_SUCCESS(error) && text.size() < INT32_MAX;  // Else UTF-8.
  error = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  if (over_utf16) {
    utext_openConstUnicodeString(&utext, &utf16, &error);
  } else {
    utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &error);
  }
  if (U_FAILURE(error)) return out;
  auto iterator = Acquire();
  iterator->setText(&utext, error);
  if (U_SUCCESS(error)) {
    size_t byte = 0;   // The byte offset of UTF-16 index `unit`.
    int32_t unit = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    for (int32_t p = iterator->next(); p != icu::BreakIterator::DONE; p = iterator->next()) {
      if (over_utf16) {
        while (unit < p && byte < text.size()) {
          const unsigned char lead = bytes[byte];
          const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
          byte += length;
          unit += length == 4 ? 2 : 1;  // Four-byte sequences are surrogate pairs.
        }
        p = static_cast<int32_t>(byte);
      }
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
  const std::vector<uint32_t> candidates = AddUnpunctuatedBreaks(
      text, MoveBreaksPastReferenceMarks(text, AddTerminalBreaks(text, IcuBoundaries(text))));
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
      // Fast path: ASCII other than marks and line breaks changes nothing.
      const unsigned char byte = static_cast<unsigned char>(text[scanned]);
      if (byte < 0x80 && !kAsciiMarkOrBreak[byte]) {
        ++scanned;
        continue;
      }
      // And so do the code points U+A000-U+DFFF (lead bytes EA-ED, three bytes each): Hangul
      // syllables, most of a Korean text; no mark or line break is among them.
      if (byte >= 0xEA && byte <= 0xED) {
        scanned += 3;
        continue;
      }
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
    // 1. Inside a quotation or bracket that closes later in the same paragraph: brackets always
    // hold their sentences; quotations do in Korean when the sentence goes on after them
    // (`"…다. …다"라고 말했다`), while English news splits a multi-sentence quote.
    if (quotes.open()) {
      const Mark mark = quotes.innermost();
      if (!IsQuote(mark) || merge_quotations_) {
        const size_t closer_end = FindCloser(text, p, mark);
        if (closer_end != 0 && (!IsQuote(mark) || ContinuesAfterQuote(text, closer_end))) continue;
      }
    }
    // 2. ICU broke between two non-space characters (`다.”고`, `.[2]`): never a sentence break in
    // news copy, where sentences are separated by whitespace.
    if (content_end == p) continue;
    size_t last_start;
    const char32_t last = DecodeUtf8Before(text, content_end, &last_start);
    // 3. A closing quote or bracket followed by a Korean quotative continuation.
    if (IsCloser(last) && ContinuesAfterQuote(text, content_end)) continue;
    // 4. Abbreviations and initials; an ellipsis before a lower-case word (`... that John`).
    if (last == '.' && IsAbbreviationBreak(text, last_start, p)) continue;
    if (last == '.' && last_start > 0 && text[last_start - 1] == '.' && p < text.size()) {
      size_t q = p;
      const char32_t next = DecodeUtf8(text, &q);
      if (IsAsciiLower(next)) continue;
    }
    // 5. A sentence does not start with a closing quote glued to a Korean word (`가? ”라고`).
    if (StartsWithGluedCloser(text, p, quotes.innermost())) continue;
    // 6. Korean: a period after a noun is a list separator (`국어. 영어. 수학`), not a sentence
    // end; Korean sentences end in a predicate (다, 요, 까, 음, ...).
    if (merge_quotations_ && last == '.' && IsNounPeriod(text, last_start, p)) continue;
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
