#include "common/align/sentence_features.h"

#include <algorithm>
#include <functional>
#include <string>
#include <unordered_set>

#include "common/align/news_lexicon.h"
#include "common/base/fnv.h"
#include "common/names/korean_words.h"
#include "common/names/name_finder.h"
#include "common/names/romanizer.h"
#include "common/names/transliteration.h"
#include "common/numbers/quantity_reader.h"
#include "common/text/utf8.h"

namespace galley::align {
namespace {

uint64_t AnchorHash(char kind, std::string_view value) {
  return std::hash<std::string_view>{}(value) * 31 + static_cast<unsigned char>(kind);
}

// Code points other than spaces (text::IsSpace), counted byte by byte without decoding: a code
// point is a byte that is no continuation byte (10xxxxxx), an ASCII space is ' ' or 9-13, and the
// Unicode spaces, which begin with C2, E2, E3 or EF, are decoded in a second pass only when such a
// byte occurs (E2 also begins curly quotes). Runs for every sentence.
double LengthWithoutSpaces(std::string_view s) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  size_t code_points = 0, ascii_spaces = 0;
  bool other_spaces_possible = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char b = bytes[i];
    code_points += (b & 0xC0) != 0x80;
    ascii_spaces += b == ' ' || (b >= '\t' && b <= '\r');
    other_spaces_possible |= b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF;
  }
  size_t other_spaces = 0;
  if (other_spaces_possible) {
    for (size_t i = 0; i < s.size(); ++i) {
      const unsigned char b = bytes[i];
      if (b != 0xC2 && b != 0xE2 && b != 0xE3 && b != 0xEF) continue;
      size_t pos = i;
      other_spaces += text::IsSpace(text::DecodeUtf8(s, &pos));
    }
  }
  return static_cast<double>(code_points - ascii_spaces - other_spaces);
}

// std::string's order (bytes compared unsigned, a prefix first), compared inline for the few
// letters of a skeleton rather than through a memcmp call.
bool ShortStringLess(const std::string& a, const std::string& b) {
  const size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
  }
  return a.size() < b.size();
}

// Sorts `skeletons` in ShortStringLess order and drops repeats. Sorted as (first eight bytes
// big-endian, index) pairs, the strings compared whole only where those bytes tie: a skeleton's
// letters are never NUL, so a zero-padded prefix orders as the string does. Each string is then
// moved once.
void SortUniqueSkeletons(std::vector<std::string>* skeletons) {
  std::vector<std::string>& s = *skeletons;
  if (s.size() < 2) return;
  struct Entry {
    uint64_t prefix;
    uint32_t index;
  };
  std::vector<Entry> order(s.size());
  for (uint32_t k = 0; k < order.size(); ++k) {
    uint64_t prefix = 0;
    for (size_t i = 0; i < 8; ++i) {
      prefix = (prefix << 8) | (i < s[k].size() ? static_cast<unsigned char>(s[k][i]) : 0);
    }
    order[k] = {prefix, k};
  }
  std::sort(order.begin(), order.end(), [&](const Entry& a, const Entry& b) {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    return ShortStringLess(s[a.index], s[b.index]);
  });
  std::vector<std::string> sorted;
  sorted.reserve(s.size());
  for (const Entry& e : order) {
    if (sorted.empty() || sorted.back() != s[e.index]) sorted.push_back(std::move(s[e.index]));
  }
  s = std::move(sorted);
}

void AddQuantities(const std::vector<numbers::Quantity>& quantities,
                   std::vector<uint64_t>* anchors) {
  // Weak quantities ("two", 두 남성) are evidence too: the check only refuses to report them alone.
  // Vague ones (수백, "hundreds") have no value to compare.
  for (const auto& q : quantities) {
    if (q.vague) continue;
    anchors->push_back(AnchorHash('N', q.value.ToString()));
  }
}

// Whether the news lexicon has `word` (이라크 Iraq, 정부 government): then it names no person,
// though it starts with a surname (이, 정).
bool IsLexiconWord(std::string_view word) {
  std::vector<uint32_t> concepts;
  NewsLexicon::Default().KoreanConcepts(word, &concepts);
  return !concepts.empty();
}

// The surname anchors of a Korean surname's English spellings (Lee, Yi, Rhee for 이), lower case
// as EvidenceForEnglishWord hashes an English word.
void AddSurnameAnchors(const std::vector<std::string_view>& spellings, SentenceFeatures* f) {
  for (std::string_view spelling : spellings) {
    std::string lower(spelling);
    for (char& c : lower) c = text::AsciiLower(c);
    f->surnames.push_back(AnchorHash('S', lower));
  }
}

// Three-syllable Hangul words that start with a surname are usually full names (김정일, 이명박),
// with or without a title: their surname spellings and given-name keys. Over-inclusive (대변인
// starts with 대), but they only ever explain English words, never flag; words the lexicon
// knows are left out (the caller asks it), as an English "Rhee" that 이라크 explained would hide a
// name put in another's place ("Iraqi ambassador Saeed Rhee" for 사이드 하산 이라크 대사).
void AddLikelyPersonName(const names::HangulWord& w, SentenceFeatures* f) {
  if (w.stem.size() != 9) return;  // Three syllables of three bytes.
  const auto& spellings = names::SurnameSpellings(w.stem.substr(0, 3));
  if (spellings.empty()) return;
  AddSurnameAnchors(spellings, f);
  f->surnames.push_back(
      AnchorHash('G', names::PhoneticKey(names::RomanizeHangul(w.stem.substr(3)))));
}

// Skeletons and lexicon concepts of the Hangul words of `text`, and the likely person names among
// them (AddLikelyPersonName, which needs the concepts looked up here).
void AddHangulWords(std::string_view text, const std::vector<names::HangulWord>& words,
                    SentenceFeatures* f) {
  std::vector<uint32_t> concepts;
  f->skeletons.reserve(f->skeletons.size() + words.size());  // One a word, a few two.
  f->concepts.reserve(f->concepts.size() + words.size());
  for (const names::HangulWord& w : words) {
    std::string skeleton = names::HangulSkeleton(w.stem);
    if (skeleton.size() >= 2) f->skeletons.push_back(std::move(skeleton));
    // Place and organization words glued to a transliterated name (텍사스주, 콴타스항공,
    // 로도스섬): the name alone as well.
    if (const std::string_view base = names::StripNameSuffix(w.stem); base.size() < w.stem.size()) {
      std::string base_skeleton = names::HangulSkeleton(base);
      if (base_skeleton.size() >= 2) f->skeletons.push_back(std::move(base_skeleton));
    }
    concepts.clear();
    NewsLexicon::Default().KoreanConcepts(w.stem, &concepts);
    if (concepts.empty()) AddLikelyPersonName(w, f);
    // A word whose last syllable the particle stripper took (민주주의 is no 민주주 + 의, 경기도 no
    // 경기 + 도): the whole word's concepts when the stem has none.
    const std::string_view whole = text.substr(w.span.begin, w.span.end - w.span.begin);
    if (concepts.empty() && whole.size() == w.stem.size() + 3) {
      NewsLexicon::Default().KoreanConcepts(whole, &concepts);
    }
    for (uint32_t c : concepts) f->concepts.push_back(c);
  }
  SortUniqueSkeletons(&f->skeletons);
}

// What the Han characters of headlines stand for (美 the U.S., 與 the ruling party: the concepts
// of 미국, 여당; 尹 the surname 윤), as the Hangul words would give.
void AddHeadlineHanja(std::string_view text, SentenceFeatures* f) {
  std::vector<uint32_t> concepts;
  for (const names::HanjaAbbreviation& h : names::HanjaAbbreviations(text)) {
    const std::vector<std::string_view>& spellings = names::SurnameSpellings(h.hangul);
    if (!spellings.empty()) {
      AddSurnameAnchors(spellings, f);
      continue;
    }
    concepts.clear();
    NewsLexicon::Default().KoreanConcepts(h.hangul, &concepts);
    for (uint32_t c : concepts) f->concepts.push_back(c);
  }
}

// FNV-1a of `s` without the byte at `skip` (npos: none), in namespace `kind`.
uint64_t SkeletonHash(char kind, std::string_view s, size_t skip) {
  uint64_t h = kFnvOffset ^ static_cast<unsigned char>(kind);
  for (size_t i = 0; i < s.size(); ++i) {
    if (i != skip) h = FnvStep(h, static_cast<unsigned char>(s[i]));
  }
  return h;
}

// Fills f->skeleton_keys from f->skeletons (see the header).
void BuildSkeletonKeys(SentenceFeatures* f) {
  f->skeleton_keys.clear();
  size_t keys = 0;  // Reserved at once: a sentence has a few hundred.
  for (const std::string& s : f->skeletons) keys += s.size() >= 4 ? 1 + s.size() : 1;
  f->skeleton_keys.reserve(keys);
  for (uint32_t k = 0; k < f->skeletons.size(); ++k) {
    const std::string& s = f->skeletons[k];
    f->skeleton_keys.push_back({SkeletonHash('E', s, std::string::npos), k});
    if (s.size() >= 4) {
      f->skeleton_keys.push_back({SkeletonHash('V', s, std::string::npos), k});
      // Deletions after the first class only: the first consonant of a name and of its
      // transliteration agree, and keeping it cuts chance matches. Each is SkeletonHash('V', s,
      // d), the hash of the bytes before d carried on from one deletion to the next.
      uint64_t before = SkeletonHash('V', std::string_view(s).substr(0, 1), std::string::npos);
      for (size_t d = 1; d < s.size(); ++d) {
        f->skeleton_keys.push_back({Fnv1a64(std::string_view(s).substr(d + 1), before), k});
        before = FnvStep(before, static_cast<unsigned char>(s[d]));
      }
    }
  }
  std::sort(f->skeleton_keys.begin(), f->skeleton_keys.end());
}

void Finish(std::vector<uint64_t>* anchors) {
  std::sort(anchors->begin(), anchors->end());
  anchors->erase(std::unique(anchors->begin(), anchors->end()), anchors->end());
}

}  // namespace

SentenceFeatures KoreanSentenceFeatures(std::string_view text) {
  return KoreanSentenceFeatures(text, numbers::ReadKoreanQuantities(text));
}

SentenceFeatures EnglishSentenceFeatures(std::string_view text) {
  return EnglishSentenceFeatures(text, numbers::ReadEnglishQuantities(text));
}

std::vector<names::KoreanPersonName> KoreanPersonNames(std::string_view text) {
  std::vector<names::KoreanPersonName> persons = names::FindKoreanPersonNames(text);
  std::erase_if(persons, [&](const names::KoreanPersonName& p) {
    return !p.after_occupation &&
           IsLexiconWord(text.substr(p.span.begin, p.span.end - p.span.begin));
  });
  return persons;
}

SentenceFeatures KoreanSentenceFeatures(std::string_view text,
                                        const std::vector<numbers::Quantity>& quantities) {
  SentenceFeatures f;
  f.length = LengthWithoutSpaces(text);
  AddQuantities(quantities, &f.numbers);
  f.latin_names = names::FindLatinNames(text);
  for (const auto& span : f.latin_names) {
    std::string token(text.substr(span.begin, span.end - span.begin));
    for (char& c : token) c = text::AsciiLower(c);
    f.names.push_back(AnchorHash('L', token));
  }
  f.persons = KoreanPersonNames(text);
  for (const auto& name : f.persons) {
    f.names.push_back(AnchorHash('G', names::PhoneticKey(names::RomanizeHangul(name.given))));
    AddSurnameAnchors(names::SurnameSpellings(name.surname), &f);
  }
  const std::vector<names::HangulWord> words = names::HangulWords(text);
  f.words.reserve(words.size());
  for (const names::HangulWord& w : words) {
    f.words.push_back({w.span, static_cast<uint32_t>(w.stem.size())});
  }
  AddHangulWords(text, words, &f);
  AddHeadlineHanja(text, &f);
  BuildSkeletonKeys(&f);
  Finish(&f.surnames);
  Finish(&f.numbers);
  Finish(&f.names);
  Finish(&f.concepts);
  return f;
}

SentenceFeatures EnglishSentenceFeatures(std::string_view text,
                                         const std::vector<numbers::Quantity>& quantities) {
  SentenceFeatures f;
  f.length = LengthWithoutSpaces(text);
  AddQuantities(quantities, &f.numbers);
  // Words with a capital: possible copies of Latin tokens and possible given names.
  size_t i = 0;
  std::string previous_capitalized;
  std::vector<uint32_t> concept_ids;
  while (i < text.size()) {
    if (!text::IsAsciiAlpha(static_cast<unsigned char>(text[i]))) {
      if (text[i] != ' ') previous_capitalized.clear();
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && (text::IsAsciiAlpha(static_cast<unsigned char>(text[j])) ||
                               text::IsAsciiDigit(text[j]) ||
                               (text[j] == '-' && j + 1 < text.size() &&
                                text::IsAsciiAlpha(static_cast<unsigned char>(text[j + 1]))))) {
      ++j;
    }
    const std::string_view word = text.substr(i, j - i);
    std::string lower(word);
    for (char& c : lower) c = text::AsciiLower(c);
    concept_ids.clear();
    // "U.S." and "U.N." as one word.
    if (lower.size() == 1 && j + 2 < text.size() && text[j] == '.' &&
        text::IsAsciiAlpha(static_cast<unsigned char>(text[j + 1]))) {
      const char joined[3] = {lower[0], '.', text::AsciiLower(text[j + 1])};
      NewsLexicon::Default().EnglishConcepts(std::string_view(joined, 3), &concept_ids);
    } else {
      NewsLexicon::Default().EnglishConcepts(lower, &concept_ids);
    }
    for (uint32_t c : concept_ids) f.concepts.push_back(c);
    if (text::IsAsciiUpper(static_cast<unsigned char>(word[0]))) {
      f.names.push_back(AnchorHash('L', lower));
      f.names.push_back(AnchorHash('G', names::PhoneticKey(word)));
      if (!names::IsCommonCapitalizedWord(word)) {
        std::string skeleton = names::LatinSkeleton(word);
        if (skeleton.size() >= 2) f.skeletons.push_back(std::move(skeleton));
      }
      // Given names written as two words: "Ha Kyung".
      if (!previous_capitalized.empty()) {
        f.names.push_back(AnchorHash('G', names::PhoneticKey(previous_capitalized + lower)));
      }
      previous_capitalized = std::move(lower);
    } else {
      previous_capitalized.clear();
    }
    i = j;
  }
  Finish(&f.numbers);
  Finish(&f.names);
  Finish(&f.concepts);
  SortUniqueSkeletons(&f.skeletons);
  BuildSkeletonKeys(&f);
  return f;
}

namespace {

// Bit masks over `a` and `b` (sorted, unique; bit k for element k, elements past the 64th
// ignored) of the values the two lists share, in one merge.
void SharedMasks(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b, uint64_t* a_mask,
                 uint64_t* b_mask) {
  uint64_t am = 0, bm = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const uint64_t x = a[i], y = b[j];
    if (x == y) {
      if (i < 64) am |= uint64_t{1} << i;
      if (j < 64) bm |= uint64_t{1} << j;
      ++i;
      ++j;
    } else if (x < y) {
      ++i;
    } else {
      ++j;
    }
  }
  *a_mask = am;
  *b_mask = bm;
}

}  // namespace

PairEvidence ComparePair(const SentenceFeatures& source, const SentenceFeatures& target) {
  PairEvidence e;
  uint64_t unused;
  SharedMasks(source.numbers, target.numbers, &e.source_numbers, &e.target_numbers);
  SharedMasks(source.names, target.names, &e.source_names, &unused);
  SharedMasks(source.concepts, target.concepts, &e.source_concepts, &e.target_concepts);
  // Skeletons match when they share a key (exact, or within one edit for 4+ classes). A key may
  // repeat on either side (several skeletons can share one); every target entry with a key found
  // on the source side is marked.
  const auto& sk = source.skeleton_keys;
  const auto& tk = target.skeleton_keys;
  size_t i = 0, j = 0;
  while (i < sk.size() && j < tk.size()) {
    const uint64_t x = sk[i].key, y = tk[j].key;
    if (x < y) {
      ++i;
    } else if (y < x) {
      ++j;
    } else {
      if (tk[j].skeleton < 64) e.target_names |= uint64_t{1} << tk[j].skeleton;
      ++j;
    }
  }
  return e;
}

EnglishWordEvidence EvidenceForEnglishWord(std::string_view word) {
  EnglishWordEvidence e;
  std::string lower(word);
  for (char& c : lower) c = text::AsciiLower(c);
  e.latin = AnchorHash('L', lower);
  e.given = AnchorHash('G', names::PhoneticKey(word));
  e.surname = AnchorHash('S', lower);
  std::vector<uint32_t> ids;
  NewsLexicon::Default().EnglishConcepts(lower, &ids);
  for (uint32_t id : ids) e.concepts.push_back(id);
  return e;
}

SentenceFeatures KoreanWordFeatures(std::string_view stem) {
  SentenceFeatures f;
  std::vector<uint32_t> ids;
  NewsLexicon::Default().KoreanConcepts(stem, &ids);
  for (uint32_t id : ids) f.concepts.push_back(id);
  Finish(&f.concepts);
  return f;
}

bool KoreanExplains(const SentenceFeatures& korean, const EnglishWordEvidence& word) {
  auto has = [](const std::vector<uint64_t>& sorted, uint64_t v) {
    return std::binary_search(sorted.begin(), sorted.end(), v);
  };
  if (has(korean.names, word.latin) || has(korean.names, word.given) ||
      has(korean.surnames, word.given) || has(korean.surnames, word.surname)) {
    return true;
  }
  for (uint64_t c : word.concepts) {
    if (has(korean.concepts, c)) return true;
  }
  return false;
}

int SharedAnchors(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  int shared = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++shared;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return shared;
}

}  // namespace galley::align
