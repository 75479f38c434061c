#include "common/align/sentence_features.h"

#include <algorithm>
#include <functional>
#include <string>
#include <unordered_set>

#include "common/align/news_lexicon.h"
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

double LengthWithoutSpaces(std::string_view s) {
  size_t n = 0;
  for (size_t pos = 0; pos < s.size();) {
    if (!text::IsSpace(text::DecodeUtf8(s, &pos))) ++n;
  }
  return static_cast<double>(n);
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

// Particles and endings that attach to nouns, longest first, stripped before a word's skeleton is
// taken (오바마는 -> 오바마).
constexpr std::string_view kParticles[] = {"에서는", "에게서", "으로는", "이라는", "이라고", "에서",
                                           "에게", "으로", "까지", "부터", "처럼", "보다", "께서",
                                           "라는", "라고", "은", "는", "이", "가", "을", "를", "의",
                                           "에", "와", "과", "로", "도", "만", "측"};

std::string_view StripParticle(std::string_view word) {
  for (std::string_view p : kParticles) {
    if (word.size() >= p.size() + 6 && word.substr(word.size() - p.size()) == p) {
      return word.substr(0, word.size() - p.size());
    }
  }
  return word;
}

// Skeletons and lexicon concepts of the Hangul words of `text`.
void AddHangulWords(std::string_view text, SentenceFeatures* f) {
  std::vector<uint32_t> concepts;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    while (j < text.size()) {
      size_t next = j;
      if (!text::IsHangulSyllable(text::DecodeUtf8(text, &next))) break;
      j = next;
    }
    if (j == i) {
      size_t next = i;
      text::DecodeUtf8(text, &next);
      i = next;
      continue;
    }
    const std::string_view word = StripParticle(text.substr(i, j - i));
    std::string skeleton = names::HangulSkeleton(word);
    if (skeleton.size() >= 2) f->skeletons.push_back(std::move(skeleton));
    concepts.clear();
    NewsLexicon::Default().KoreanConcepts(word, &concepts);
    for (uint32_t c : concepts) f->concepts.push_back(c);
    i = j;
  }
  std::sort(f->skeletons.begin(), f->skeletons.end());
  f->skeletons.erase(std::unique(f->skeletons.begin(), f->skeletons.end()), f->skeletons.end());
}

// FNV-1a of `s` without the byte at `skip` (npos: none), in namespace `kind`.
uint64_t SkeletonHash(char kind, std::string_view s, size_t skip) {
  uint64_t h = 1469598103934665603ULL ^ static_cast<unsigned char>(kind);
  for (size_t i = 0; i < s.size(); ++i) {
    if (i == skip) continue;
    h = (h ^ static_cast<unsigned char>(s[i])) * 1099511628211ULL;
  }
  return h;
}

// Fills f->skeleton_keys from f->skeletons (see the header).
void BuildSkeletonKeys(SentenceFeatures* f) {
  f->skeleton_keys.clear();
  for (uint32_t k = 0; k < f->skeletons.size(); ++k) {
    const std::string& s = f->skeletons[k];
    f->skeleton_keys.push_back({SkeletonHash('E', s, std::string::npos), k});
    if (s.size() >= 4) {
      f->skeleton_keys.push_back({SkeletonHash('V', s, std::string::npos), k});
      // Deletions after the first class only: the first consonant of a name and of its
      // transliteration agree, and keeping it cuts chance matches.
      for (size_t d = 1; d < s.size(); ++d) {
        f->skeleton_keys.push_back({SkeletonHash('V', s, d), k});
      }
    }
  }
  std::sort(f->skeleton_keys.begin(), f->skeleton_keys.end());
}

// Capitalized English words that are not names: sentence starters, titles, months and days.
// They have no transliteration in the Korean, so they must not count as names to be matched.
bool IsCommonCapitalizedWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "The", "A", "An", "In", "On", "At", "For", "But", "And", "He", "She", "It", "They", "We",
      "I", "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "If",
      "When", "While", "However", "Meanwhile", "After", "Before", "As", "Some", "Many", "Most",
      "According", "Yet", "So", "Still", "Also", "Both", "Other", "Such", "Since", "Because",
      "Although", "During", "Under", "Over", "About", "From", "With", "Without", "What", "Where",
      "Who", "Why", "How", "One", "Two", "Three", "Last", "Now", "Then", "Mr", "Mrs", "Ms", "Dr",
      "President", "Prime", "Minister", "Secretary", "General", "Gen", "Sen", "Rep", "Gov",
      "Chairman", "Chief", "Director", "Professor", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar",
      "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "U", "S", "N", "K"};
  static const auto* set = new std::unordered_set<std::string_view>(std::begin(kWords),
                                                                    std::end(kWords));
  return set->count(word) > 0;
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

SentenceFeatures KoreanSentenceFeatures(std::string_view text,
                                        const std::vector<numbers::Quantity>& quantities) {
  SentenceFeatures f;
  f.length = LengthWithoutSpaces(text);
  AddQuantities(quantities, &f.numbers);
  for (const auto& span : names::FindLatinNames(text)) {
    std::string token(text.substr(span.begin, span.end - span.begin));
    for (char& c : token) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    f.names.push_back(AnchorHash('L', token));
  }
  for (const auto& name : names::FindKoreanPersonNames(text)) {
    f.names.push_back(AnchorHash('G', names::PhoneticKey(names::RomanizeHangul(name.given))));
  }
  AddHangulWords(text, &f);
  BuildSkeletonKeys(&f);
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
                               std::isdigit(static_cast<unsigned char>(text[j])) ||
                               (text[j] == '-' && j + 1 < text.size() &&
                                text::IsAsciiAlpha(static_cast<unsigned char>(text[j + 1]))))) {
      ++j;
    }
    const std::string_view word = text.substr(i, j - i);
    {
      std::string lower(word);
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      // "U.S." and "U.N." as one word.
      if (lower.size() == 1 && j + 2 < text.size() && text[j] == '.' &&
          text::IsAsciiAlpha(static_cast<unsigned char>(text[j + 1]))) {
        lower = lower + "." + static_cast<char>(std::tolower(static_cast<unsigned char>(text[j + 1])));
      }
      concept_ids.clear();
      NewsLexicon::Default().EnglishConcepts(lower, &concept_ids);
      for (uint32_t c : concept_ids) f.concepts.push_back(c);
    }
    if (text::IsAsciiUpper(static_cast<unsigned char>(word[0]))) {
      std::string lower(word);
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      f.names.push_back(AnchorHash('L', lower));
      f.names.push_back(AnchorHash('G', names::PhoneticKey(word)));
      if (!IsCommonCapitalizedWord(word)) {
        std::string skeleton = names::LatinSkeleton(word);
        if (skeleton.size() >= 2) f.skeletons.push_back(std::move(skeleton));
      }
      // Given names written as two words: "Ha Kyung".
      if (!previous_capitalized.empty()) {
        f.names.push_back(AnchorHash('G', names::PhoneticKey(previous_capitalized + lower)));
      }
      previous_capitalized = lower;
    } else {
      previous_capitalized.clear();
    }
    i = j;
  }
  Finish(&f.numbers);
  Finish(&f.names);
  Finish(&f.concepts);
  std::sort(f.skeletons.begin(), f.skeletons.end());
  f.skeletons.erase(std::unique(f.skeletons.begin(), f.skeletons.end()), f.skeletons.end());
  BuildSkeletonKeys(&f);
  return f;
}

namespace {

// Bits of `a` (sorted, unique) whose value is also in `b` (sorted, unique).
uint64_t SharedMask(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  uint64_t mask = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size() && i < 64) {
    if (a[i] == b[j]) {
      mask |= uint64_t{1} << i;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return mask;
}

}  // namespace

PairEvidence ComparePair(const SentenceFeatures& source, const SentenceFeatures& target) {
  PairEvidence e;
  e.source_numbers = SharedMask(source.numbers, target.numbers);
  e.target_numbers = SharedMask(target.numbers, source.numbers);
  e.source_names = SharedMask(source.names, target.names);
  e.source_concepts = SharedMask(source.concepts, target.concepts);
  e.target_concepts = SharedMask(target.concepts, source.concepts);
  // Skeletons match when they share a key (exact, or within one edit for 4+ classes).
  const auto& sk = source.skeleton_keys;
  const auto& tk = target.skeleton_keys;
  size_t i = 0, j = 0;
  while (i < sk.size() && j < tk.size()) {
    if (sk[i].key < tk[j].key) {
      ++i;
    } else if (tk[j].key < sk[i].key) {
      ++j;
    } else {
      const uint64_t key = tk[j].key;
      for (; j < tk.size() && tk[j].key == key; ++j) {
        if (tk[j].skeleton < 64) e.target_names |= uint64_t{1} << tk[j].skeleton;
      }
      while (i < sk.size() && sk[i].key == key) ++i;
    }
  }
  return e;
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
