// Finding names in Korean and English sentences, and matching Korean person names to English.
#ifndef GALLEY_COMMON_NAMES_NAME_FINDER_H_
#define GALLEY_COMMON_NAMES_NAME_FINDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "common/text/sentence_splitter.h"

namespace galley::names {

// A Korean person name: a surname and a one- or two-syllable given name next to a title or 씨
// (이하경 주필, 윤석열 대통령, 김민수 씨).
struct KoreanPersonName {
  text::TextSpan span;         // Byte span of surname + given name in the Korean text.
  std::string surname;         // Hangul.
  std::string given;           // Hangul.
  // Found after an occupation Korean writes before names (작가 이민진): a name whatever word it
  // begins like (이민 'immigration').
  bool after_occupation = false;
};

// Person names in a Korean sentence. REQUIRES: valid UTF-8 (NFC). Thread-safe.
std::vector<KoreanPersonName> FindKoreanPersonNames(std::string_view korean);

// Whether one of the (at most three) words starting at `rest` ends in a title or role (이하경 주필,
// 김민정 서울연구원 연구위원은, 오세훈 서울시장은): the words before it are likely a name.
bool TitleFollows(std::string_view rest);

// Runs of Latin letters inside Korean text that name something (IBM, NHK, ASCI White): at least
// two letters and one capital. Common abbreviations that English spells out or drops (CEO, IT,
// TV) are left out.
std::vector<text::TextSpan> FindLatinNames(std::string_view korean);

// A run of capitalized English words that may name one thing ("Robert Mugabe", "Department of
// Energy"): the run's span and each capitalized word's span.
struct EnglishName {
  text::TextSpan span;
  std::vector<text::TextSpan> words;
  bool starts_sentence = false;  // The first word opens a sentence: its capital says nothing.
};

// The length of the Arabic article and hyphen that begin `word` before a capital (al- of
// al-Maliki, el- of el-Sisi), or 0.
size_t ArabicArticleLength(std::string_view word);

// Capitalized English words (2+ letters, not all capitals, no digits; a capital after an Arabic
// article counts: al-Maliki, ArabicArticleLength) and runs of them joined by a
// space, by a lower-case particle (of, de, van, von, al, bin, la, le, du, del, da) or by a middle
// initial (George W. Bush; the initial is one of `words`). A run that opens a sentence is marked
// so: its first word's capital says nothing by itself (MayNameAtSentenceStart).
std::vector<EnglishName> FindEnglishNames(std::string_view english);

// Whether a capitalized word that opens a sentence may be a name by itself: a word (possessive
// or not) of three letters or more that English does not otherwise write in lower case (Samsung,
// Obama; not However, Officials, Don't, Well-known; not Bush or Rice either, which are words as
// well as names). A hyphenated word may be a name when one of its parts is (Kim-led).
bool MayNameAtSentenceStart(std::string_view word);

// Capitalized words that are not names of anything in particular: sentence starters, titles,
// months and days ("The", "President", "Monday").
bool IsCommonCapitalizedWord(std::string_view word);

// Abbreviations of titles that a full stop follows inside a sentence ("Sen. Barack Obama"): Mr,
// Sen, Gen, Gov, Jr, ...
bool IsTitleAbbreviation(std::string_view word);

// The usual English spellings of a Korean surname (이 -> Lee, Yi, Rhee, ...); empty if unknown.
const std::vector<std::string_view>& SurnameSpellings(std::string_view surname_hangul);

// Whether `word` (capitalized, as English writes it: "Yoo") is one of the SurnameSpellings.
bool IsKoreanSurnameSpelling(std::string_view word);

// How a Korean person name shows in an English sentence.
struct PersonNameMatch {
  enum class Outcome {
    kMatched,        // Surname and given name both found (any order, hyphenation, spelling).
    kSurnameOnly,    // Only the surname ("President Yoon"): fine in English news style.
    kGivenDiffers,   // The surname with another given name: Lee Ha-young for 이하경.
    kSurnameDiffers, // The given name with another surname: Kim Ha-kyung for 이하경.
    kAbsent,         // No trace of the name.
  };
  Outcome outcome = Outcome::kAbsent;
  text::TextSpan english_span;  // The English name found, for the differing outcomes.
  std::string expected;         // A usual spelling of the Korean name ("Lee Ha-kyung").
};
PersonNameMatch MatchPersonName(const KoreanPersonName& name, std::string_view english);

}  // namespace galley::names

#endif  // GALLEY_COMMON_NAMES_NAME_FINDER_H_
