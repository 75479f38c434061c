#include "common/checks/name_matching.h"

#include <algorithm>

#include "common/align/news_lexicon.h"
#include "common/base/str_cat.h"
#include "common/names/english_words.h"
#include "common/names/famous_persons.h"
#include "common/names/name_finder.h"
#include "common/names/phonetic_match.h"
#include "common/names/romanizer.h"
#include "common/text/utf8.h"

namespace galley::checks::name_matching {

bool BeforeTitle(std::string_view stem, std::string_view after) {
  // The next word: a place the lexicon names, written bare.
  if (stem.size() < 6 || after.size() < 2 || after[0] != ' ') return false;
  after.remove_prefix(1);
  const size_t place_end = after.find(' ');
  if (place_end == std::string_view::npos) return false;
  const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
  std::vector<uint32_t> concepts;
  lexicon.KoreanConcepts(after.substr(0, place_end), &concepts);
  if (std::none_of(concepts.begin(), concepts.end(), [&](uint32_t c) { return lexicon.IsName(c); })) {
    return false;
  }
  // Then a title, one word; not 시장, as often "market" as "mayor" (유럽 연합은 유럽 시장을).
  const std::string_view rest = after.substr(place_end + 1);
  const std::string_view title = rest.substr(0, std::min(rest.find(' '), rest.size()));
  if (title.substr(0, 6) == "시장" || !names::TitleFollows(title)) return false;
  // And the word itself no word the lexicon knows (정부 미국 대변인) nor a title.
  concepts.clear();
  lexicon.KoreanConcepts(stem, &concepts);
  return concepts.empty() && !names::TitleFollows(stem);
}

// Loanword score from which a word that is not in the dictionary may be a name. Lower finds more
// replaced names and raises more false alarms (dev set, name recall / clean lines flagged:
// -0.6: 0.747 / 0.108; -1: 0.757 / 0.113; -1.5: 0.781 / 0.130; -2.5: 0.811 / 0.143).
constexpr double kMinLoanwordScore = -1.0;

bool MayBeName(std::string_view stem) {
  const bool looks_like_a_name =
      names::LooksTransliterated(stem) ||
      (!names::IsOrdinaryKoreanWord(stem) && names::ScoresAsTransliterated(stem, kMinLoanwordScore));
  // A verb's form that looks foreign (모르고) or is no entry (무너지는: 무너지다).
  return looks_like_a_name && !names::IsUnmistakablyPredicateForm(stem);
}

bool StemMayBeName(const HangulForm& h) {
  if (h.may_be_name < 0) {
    // Or the first name before such a word (조지 of 조지 부시 미국 대통령).
    auto first_name = [&] {
      if (h.after.size() < 2 || h.after[0] != ' ') return false;
      const std::string_view rest = h.after.substr(1);
      const size_t end = rest.find(' ');
      return end != std::string_view::npos && BeforeTitle(rest.substr(0, end), rest.substr(end));
    };
    // The word before the stem, a space between (as the text has it: punctuation and particles
    // included); empty if none.
    auto word_before = [&]() -> std::string_view {
      if (h.before.size() < 2 || h.before.back() != ' ') return {};
      const std::string_view before = h.before.substr(0, h.before.size() - 1);
      const size_t space = before.rfind(' ');
      return space == std::string_view::npos ? before : before.substr(space + 1);
    };
    // Or the surname of a foreign name, between its given name and a title (브라이언 오서 코치:
    // 오서 has a native word's sound, but is no dictionary's word, no compound of two, and its
    // syllables are a loanword's as often; not 당시 of 트럼프 당시 대통령, nor 제헌의회 of 구룽
    // 제헌의회 의장). The title is asked first: it rules out nearly every word by a table lookup,
    // where the other tests cost dictionary lookups.
    auto surname = [&] {
      if (h.after.size() < 2 || h.after[0] != ' ' || h.before.size() < 2 ||
          h.before.back() != ' ' ||
          !names::TitleFollows(h.after.substr(1, h.after.find(' ', 1) - 1))) {
        return false;
      }
      const std::string_view previous = word_before();
      return !names::IsKoreanDictionaryWord(h.stem) && names::CompoundSplit(h.stem) == 0 &&
             names::LoanwordScore(h.stem) >= kMinLoanwordScore && MayBeName(previous);
    };
    // Or a foreign surname right after its given name (제이미슨 그리어 Jamieson Greer), both of two
    // syllables or more that are a loanword's more often than a native word's (the surname well
    // so), though the dictionary has a homograph (그리어, a form of 그리다 'draw'): not a word the
    // lexicon knows, nor a title.
    // (그리어 scores 0.73, 히틀러 0.83; 이름 'name' 0.)
    constexpr double kForeignSurnameScore = 0.5;
    auto after_given_name = [&] {
      if (h.stem.size() < 2 * kHangulSyllableBytes ||
          names::LoanwordScore(h.stem) < kForeignSurnameScore || names::TitleFollows(h.stem)) {
        return false;
      }
      // The word before: Hangul alone (not "그러나), bare.
      const std::string_view previous = word_before();
      if (previous.empty() || previous.size() % kHangulSyllableBytes != 0) return false;
      for (size_t pos = 0; pos < previous.size();) {
        if (!text::IsHangulSyllable(text::DecodeUtf8(previous, &pos))) return false;
      }
      // A given name takes no particle (not 오스트리아인들이 먼저 'the Austrians first').
      if (names::StripKoreanParticle(previous).size() != previous.size() ||
          names::LoanwordScore(previous) < 0 || !MayBeName(previous)) {
        return false;
      }
      std::vector<uint32_t> concepts;
      align::NewsLexicon::Default().KoreanConcepts(h.stem, &concepts);
      return concepts.empty();
    };
    h.may_be_name = MayBeName(h.stem) || BeforeTitle(h.stem, h.after) || first_name() ||
                    surname() || after_given_name();
  }
  return h.may_be_name == 1;
}

bool OneSyllableNameBeforeParticle(std::string_view stem) {
  constexpr double kMinOneSyllableNameScore = 2.0;
  return names::IsSyllableAndParticle(stem) &&
         names::LoanwordScore(stem.substr(0, kHangulSyllableBytes)) >= kMinOneSyllableNameScore;
}

namespace {

// Where a dictionary entry that names a foreign institution or place splits into the name and a
// kind of institution or place the lexicon knows (루브르박물관 -> 루브르 + 박물관, which the
// dictionary lists whole, as it lists 대영박물관): the byte length of the name, which looks
// transliterated; 0 for any other word. Not a loanword a word of its tail splits by chance
// (팔레스타인: 팔레스 + 타인 'another person'; 프로그램: 프로 + 그램 'gram').
size_t ForeignNameSplit(std::string_view stem) {
  // The whole word's look first: it rules out nearly every entry without a lookup.
  if (stem.size() < 4 * kHangulSyllableBytes || !names::LooksTransliterated(stem)) return 0;
  const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
  std::vector<uint32_t> concepts;
  for (size_t split = 2 * kHangulSyllableBytes; split + 2 * kHangulSyllableBytes <= stem.size();
       split += kHangulSyllableBytes) {
    lexicon.KoreanWholeWordConcepts(stem.substr(split), &concepts);
    if (!concepts.empty()) {
      return names::LooksTransliterated(stem.substr(0, split)) ? split : 0;
    }
  }
  return 0;
}

// 남 south, 북 north, 동 east, 서 west.
bool IsDirectionSyllable(std::string_view syllable) {
  return syllable == "남" || syllable == "북" || syllable == "동" || syllable == "서";
}

// Whether a Hangul word reads as a transliterated name, a dictionary's entry too (마케도니아):
// MayBeName without its test of the dictionary.
bool LooksForeign(std::string_view stem) {
  return names::LooksTransliterated(stem) || names::ScoresAsTransliterated(stem, kMinLoanwordScore);
}

}  // namespace

size_t KnownNameHead(std::string_view stem, std::vector<uint32_t>* head_concepts) {
  if (stem.size() < 4 * kHangulSyllableBytes) return 0;
  const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
  std::vector<uint32_t> own;
  std::vector<uint32_t>& concepts = head_concepts != nullptr ? *head_concepts : own;
  auto names_any = [&] {
    return std::any_of(concepts.begin(), concepts.end(),
                       [&](uint32_t c) { return lexicon.IsName(c); });
  };
  // The stems the word begins with at once (one lookup rules out nearly every word), then which.
  concepts.clear();
  lexicon.KoreanConcepts(stem, &concepts);
  if (!names_any()) return 0;
  for (size_t split = stem.size() - 2 * kHangulSyllableBytes; split >= 2 * kHangulSyllableBytes;
       split -= kHangulSyllableBytes) {
    concepts.clear();
    lexicon.KoreanWholeWordConcepts(stem.substr(0, split), &concepts);
    if (names_any()) {
      const std::string_view rest = stem.substr(split);
      return names::IsOrdinaryKoreanWord(rest) || names::CompoundSplit(rest) > 0 ? 0 : split;
    }
  }
  return 0;
}

void AddHangulForms(std::string_view ko, const names::HangulWord& w, bool known_name,
                    std::vector<HangulForm>* out) {
  const std::string_view whole = ko.substr(w.span.begin, w.span.end - w.span.begin);
  // A dictionary word (정부가 is 정부 + 가) in its stem form only.
  const bool ordinary = names::IsKoreanDictionaryWord(w.stem);
  const std::string_view bare = ordinary ? w.stem : names::StripNameSuffix(w.stem);
  const bool whole_may_be_name = !ordinary && whole.size() == w.stem.size() + 3;
  // The name part of a compound with an ordinary word (마스터스시리즈 Masters series), in a
  // dictionary entry too (루브르박물관 the Louvre Museum).
  const size_t split = ordinary ? ForeignNameSplit(w.stem) : names::CompoundSplit(w.stem);
  // And of a compound of two ordinary words (뉴욕증권거래소: 뉴욕 + 증권 + 거래소).
  const size_t inner_split = split > 0 ? names::CompoundSplit(w.stem.substr(0, split)) : 0;
  // A place before 국제 'international' in the name of an event or institution (칸국제영화제 the
  // Cannes International Film Festival, 인천국제공항), one of one syllable too, which
  // CompoundSplit, leaving two syllables in front, does not split off.
  constexpr std::string_view kInternational = "국제";
  size_t international = ordinary ? std::string_view::npos : w.stem.find(kInternational);
  if (international == std::string_view::npos || international == 0 ||
      international + kInternational.size() >= w.stem.size() || international == split ||
      international == inner_split) {
    international = 0;
  }
  // A prize named for someone (오스카상 Oscar, 노벨상 Nobel). Not a name suffix for the aligner's
  // keys: too many ordinary words end in 상 (이상, 대상).
  constexpr std::string_view kPrize = "상";
  const bool prize = w.stem.size() >= 3 * kPrize.size() &&
                     w.stem.substr(w.stem.size() - kPrize.size()) == kPrize;
  // A university by its short name (하버드대 Harvard, 스탠퍼드대 Stanford), a match or war against
  // a name (리버풀전 the Liverpool match, 이라크전 the Iraq war), a place something is bound for
  // (후쿠오카행 bound for Fukuoka): likewise not suffixes for the aligner (시대, 반대, 시위대;
  // 이전, 발전; 은행, 여행).
  const std::string_view last_syllable = w.stem.size() >= 3 * kHangulSyllableBytes
                                             ? w.stem.substr(w.stem.size() - kHangulSyllableBytes)
                                             : "";
  const bool name_and_syllable =
      !ordinary && (last_syllable == "대" || last_syllable == "전" || last_syllable == "행");
  // The whole word without a name suffix too (마오주의: 마오 + 주의 -ism, 의 read as a particle).
  const std::string_view whole_bare =
      whole_may_be_name ? names::StripNameSuffix(whole) : std::string_view();
  // The rest of a compound after a name the lexicon knows (에너빌리티 of 두산에너빌리티).
  const size_t known_head = ordinary ? 0 : KnownNameHead(w.stem);
  // A place after the direction Korean writes it with, which English writes as a word apart
  // (남오세티야 South Ossetia, 북마케도니아 North Macedonia, 동티모르 East Timor), in a dictionary
  // entry too.
  const bool after_direction = w.stem.size() >= 3 * kHangulSyllableBytes &&
                               IsDirectionSyllable(w.stem.substr(0, kHangulSyllableBytes)) &&
                               LooksForeign(w.stem.substr(kHangulSyllableBytes));
  const bool one_syllable_name = !ordinary && OneSyllableNameBeforeParticle(w.stem);
  // A river of one syllable (센강 the Seine, 론강 the Rhone), which StripNameSuffix, keeping to
  // words of three syllables and more, leaves whole.
  constexpr std::string_view kRiver = "강";
  const bool one_syllable_river = !ordinary &&
                                  w.stem.size() == kHangulSyllableBytes + kRiver.size() &&
                                  w.stem.substr(kHangulSyllableBytes) == kRiver;
  for (std::string_view form :
       {w.stem, bare == w.stem ? std::string_view() : bare,
        whole_may_be_name ? whole : std::string_view(),
        whole_bare == whole ? std::string_view() : whole_bare, w.stem.substr(0, split),
        w.stem.substr(0, inner_split), w.stem.substr(0, international),
        prize ? w.stem.substr(0, w.stem.size() - kPrize.size()) : std::string_view(),
        name_and_syllable ? w.stem.substr(0, w.stem.size() - kHangulSyllableBytes)
                          : std::string_view(),
        w.stem.substr(known_head == 0 ? w.stem.size() : known_head),
        after_direction ? w.stem.substr(kHangulSyllableBytes) : std::string_view(),
        one_syllable_name || one_syllable_river ? w.stem.substr(0, kHangulSyllableBytes)
                                                : std::string_view()}) {
    if (form.empty()) continue;
    std::string phonemes = names::HangulPhonemes(form);
    if (phonemes.empty()) continue;
    const double weight = names::PhonemeWeight(phonemes);
    out->push_back(
        {std::move(phonemes), weight, w.stem, known_name, ko.substr(w.span.end),
         ko.substr(0, w.span.begin), /*may_be_name=*/-1,
         static_cast<uint16_t>(form.size() < w.stem.size() && w.stem.starts_with(form) ? form.size()
                                                                                       : 0)});
  }
}

namespace {
// Whether `between` is one middle dot (·, ㆍ, ・) or hyphen, as Korean joins the syllables that
// abbreviate countries (한·일, 한-미).
bool JoinedByDotOrHyphen(std::string_view between) {
  return between == "-" || between == "\u00b7" || between == "\u318d" || between == "\u30fb";
}

// The countries of `stem`'s syllables, one each, by the word the lexicon knows each by (한일:
// 한국, 일본); none unless every syllable is a different country's.
std::vector<std::string_view> SyllableCountries(std::string_view stem) {
  static constexpr std::pair<std::string_view, std::string_view> kCountries[] = {
      {"한", "한국"}, {"미", "미국"},   {"중", "중국"},
      {"일", "일본"}, {"러", "러시아"}, {"북", "북한"}};
  std::vector<std::string_view> countries;
  for (size_t at = 0; at + kHangulSyllableBytes <= stem.size(); at += kHangulSyllableBytes) {
    const std::string_view syllable = stem.substr(at, kHangulSyllableBytes);
    const auto it = std::find_if(std::begin(kCountries), std::end(kCountries),
                                 [&](const auto& c) { return c.first == syllable; });
    if (it == std::end(kCountries) ||
        std::find(countries.begin(), countries.end(), it->second) != countries.end()) {
      return {};
    }
    countries.push_back(it->second);
  }
  return countries;
}

std::vector<std::vector<uint32_t>> ConceptsOfCountries(
    const std::vector<std::string_view>& countries) {
  const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
  std::vector<std::vector<uint32_t>> concepts(countries.size());
  for (size_t k = 0; k < countries.size(); ++k) lexicon.KoreanConcepts(countries[k], &concepts[k]);
  return concepts;
}
}  // namespace

std::vector<std::vector<uint32_t>> CountryAbbreviation(std::string_view stem) {
  constexpr size_t kSyllable = kHangulSyllableBytes;
  // "Between" after them (미중간, 한일간).
  if (stem.size() == 3 * kSyllable && stem.substr(2 * kSyllable) == "간") {
    stem = stem.substr(0, 2 * kSyllable);
  }
  if (stem.size() != 2 * kSyllable && stem.size() != 3 * kSyllable) return {};
  const std::vector<std::string_view> countries = SyllableCountries(stem);
  if (countries.empty()) return {};
  // Words the lexicon knows (북한, 한미, 미중) are its own.
  std::vector<uint32_t> known;
  align::NewsLexicon::Default().KoreanConcepts(stem, &known);
  if (!known.empty()) return {};
  return ConceptsOfCountries(countries);
}

bool IsNameParticle(std::string_view word) {
  // Not "do", an English word before capitals too ("do Koreans"), nor "bin", which Korean writes
  // apart (무함마드 빈 살만).
  static constexpr std::string_view kParticles[] = {"da",  "de",  "di",  "du",  "del", "della",
                                                    "van", "von", "der", "den", "le",  "la",
                                                    "dos", "das", "al",  "el"};
  return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
}

bool IsNameParticleWrittenApart(std::string_view word) { return word == "bin" || word == "ibn"; }

LatinForm MakeLatinForm(std::string_view word, double threshold) {
  std::string phonemes = names::LatinPhonemes(word);
  const double weight = names::PhonemeWeight(phonemes);
  return {std::move(phonemes), weight, threshold};
}

std::vector<LatinForm> EnglishWordPhonemes(std::string_view en, EnglishWordKind kind) {
  std::vector<LatinForm> out;
  const bool names = kind == EnglishWordKind::kNames;
  std::string_view previous;  // The word before, when only a space separates them.
  std::string_view before_previous;  // And the word before that one, likewise.
  for (size_t i = 0; i < en.size();) {
    if (!text::IsAsciiAlpha(en[i])) {
      if (en[i] != ' ' && en[i] != '-') previous = before_previous = {};
      ++i;
      continue;
    }
    size_t j = i;
    while (j < en.size() && text::IsAsciiAlpha(en[j])) ++j;
    const std::string_view word = en.substr(i, j - i);
    const bool capitalized = text::IsAsciiUpper(en[i]);
    // A weekday is no name's rendering, though one may sound like it (Friday, 플로리다).
    static constexpr std::string_view kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                     "Friday", "Saturday", "Sunday"};
    const bool weekday =
        std::find(std::begin(kWeekdays), std::end(kWeekdays), word) != std::end(kWeekdays);
    // The lower-case "son of" inside an Arabic name, which Korean writes as a word of its own
    // (무함마드 빈 살만 Mohammed bin Salman), and which may sound like a name (빈 Vienna).
    static constexpr std::string_view kPatronymics[] = {"bin", "ibn", "bint"};
    const bool patronymic =
        names && !capitalized && !previous.empty() && text::IsAsciiUpper(previous[0]) &&
        std::find(std::begin(kPatronymics), std::end(kPatronymics), word) != std::end(kPatronymics);
    if (patronymic) {
      out.push_back(MakeLatinForm(word, names::kTransliterationMatch));
      out.back().source = word;
    }
    if (capitalized == names && !weekday && (capitalized ? word.size() >= 2 : word.size() >= 4)) {
      out.push_back(MakeLatinForm(
          word, capitalized ? names::kTransliterationMatch : kLowerCaseWordMatch));
      out.back().source = word;
      // Korean marks no plural on a loanword (트라우마 traumas, 로봇 robots): without its s too.
      if (!capitalized && word.size() >= 5 && word.back() == 's' && word[word.size() - 2] != 's') {
        out.push_back(MakeLatinForm(word.substr(0, word.size() - 1), kLowerCaseWordMatch));
        out.back().source = word.substr(0, word.size() - 1);
      }
    }
    // A name after its lower-case particle, which Korean writes as one word with it (다빈치 da
    // Vinci, 드골 de Gaulle, 다시우바 da Silva).
    if (names && capitalized && IsNameParticle(previous)) {
      out.push_back(MakeLatinForm(StrCat(previous, word), names::kTransliterationMatch));
      // Or its two (폰데어라이엔 von der Leyen).
      if (IsNameParticle(before_previous)) {
        out.push_back(
            MakeLatinForm(StrCat(before_previous, previous, word), names::kTransliterationMatch));
      }
    }
    // A letter and a word hyphenated (J-Hope 제이홉, K-pop 케이팝): one word, the letter read by
    // its name (LatinPhonemes).
    if (previous.size() == 1 && en[i - 1] == '-' && text::IsAsciiUpper(previous[0]) == names) {
      const size_t begin = static_cast<size_t>(previous.data() - en.data());
      out.push_back(MakeLatinForm(en.substr(begin, j - begin),
                                  names ? names::kTransliterationMatch : kLowerCaseWordMatch));
    }
    // Korean writes two-word names and loanword compounds as one word (월드시리즈 World Series,
    // 리서치센터 research center).
    if (!previous.empty() && previous.size() + word.size() >= 6) {
      const bool both_capitalized = text::IsAsciiUpper(previous[0]) && capitalized;
      if (both_capitalized == names) {
        out.push_back(MakeLatinForm(StrCat(previous, word), both_capitalized
                                                                ? names::kTransliterationMatch
                                                                : kLowerCaseWordMatch));
        // And a plural name without its s, as Korean writes it (뉴요커 New Yorkers).
        if (both_capitalized && word.size() > 3 && word.back() == 's') {
          out.push_back(MakeLatinForm(StrCat(previous, word.substr(0, word.size() - 1)),
                                      names::kTransliterationMatch));
        }
      }
    }
    before_previous = previous;
    previous = word;
    i = j;
  }
  return out;
}

namespace {

// How well `l` transliterates `h` by `threshold` in place of the English form's own (the
// PhonemeSimilarity), or -1 when it does not.
double TransliterationAt(const HangulForm& h, const LatinForm& l, double threshold) {
  const double similarity =
      names::PhonemeMatchSimilarity(h.phonemes, h.weight, l.phonemes, l.weight, threshold);
  if (similarity < 0) return -1;
  const bool may_be_name = threshold >= kNativeWordMatch || h.known_name ||
                           similarity >= kNativeWordMatch || StemMayBeName(h);
  return may_be_name ? similarity : -1;
}

bool TransliteratesAt(const HangulForm& h, const LatinForm& l, double threshold) {
  return TransliterationAt(h, l, threshold) >= 0;
}

}  // namespace

double Transliteration(const HangulForm& h, const LatinForm& l) {
  return TransliterationAt(h, l, l.threshold);
}

bool Transliterates(const HangulForm& h, const LatinForm& l) {
  return TransliteratesAt(h, l, l.threshold);
}

bool AnyTransliterates(const std::vector<HangulForm>& hangul, const std::vector<LatinForm>& latin,
                       double threshold) {
  for (const LatinForm& l : latin) {
    for (const HangulForm& h : hangul) {
      if (TransliteratesAt(h, l, threshold)) return true;
    }
  }
  return false;
}

bool IsKnownName(std::string_view stem) {
  const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
  std::vector<uint32_t> concepts;
  lexicon.KoreanWholeWordConcepts(stem, &concepts);
  const std::string_view bare = names::StripNameSuffix(stem);
  if (bare.size() < stem.size()) lexicon.KoreanWholeWordConcepts(bare, &concepts);
  return std::any_of(concepts.begin(), concepts.end(),
                     [&](uint32_t c) { return lexicon.IsName(c); });
}

bool IsCommonWordOfNoKnownName(std::string_view word) {
  if (!names::IsEnglishDictionaryWord(word)) return false;
  std::string lower(word);
  for (char& c : lower) c = text::AsciiToLower(c);
  return !align::NewsLexicon::Default().StartsEnglishStemOfWords(lower);
}

bool IsNativeKnownName(std::string_view stem) {
  return names::LoanwordScore(stem) < 0 && IsKnownName(stem);
}

bool AfterNumber(std::string_view ko, const names::HangulWord& w) {
  if (w.span.begin == 0) return false;
  if (text::IsAsciiDigit(ko[w.span.begin - 1])) return true;
  // A number written apart, one space back: digits with numeral units (1만2천, 500억) or
  // thousands separated (1,000), no counter (2008년 오바마: 년 counts years). Not digits alone,
  // which go inside names as well (스냅드래곤 8 엘리트 Snapdragon 8 Elite, 아이폰 16 프로).
  if (ko[w.span.begin - 1] != ' ') return false;
  // Whether the syllable that ends at `end` is a numeral unit (십 백 천 만 억 조), decoded rather
  // than compared as strings: this runs for every word after a space.
  auto numeral_unit_before = [&](size_t end) {
    size_t pos = end - kHangulSyllableBytes;
    const char32_t c = text::DecodeUtf8(ko, &pos);
    return pos == end &&
           (c == U'십' || c == U'백' || c == U'천' || c == U'만' || c == U'억' || c == U'조');
  };
  size_t begin = w.span.begin - 1;
  bool digit = false, unit_or_comma = false;
  while (begin > 0) {
    const char c = ko[begin - 1];
    if (text::IsAsciiDigit(c)) {
      digit = true;
      --begin;
    } else if (c == ',' || c == '.') {
      unit_or_comma = unit_or_comma || c == ',';
      --begin;
    } else if (begin >= kHangulSyllableBytes && numeral_unit_before(begin)) {
      unit_or_comma = true;
      begin -= kHangulSyllableBytes;
    } else {
      break;
    }
  }
  // The number is the whole word before: it starts the text or follows a space or a bracket.
  return digit && unit_or_comma && text::IsAsciiDigit(ko[begin]) &&
         (begin == 0 || ko[begin - 1] == ' ' || ko[begin - 1] == '(' || ko[begin - 1] == '\n');
}

const std::vector<names::HangulWord>& KoreanSide::words() {
  if (!words_read_) {
    words_read_ = true;
    if (known_ != nullptr) {
      words_.reserve(known_->size());
      for (const auto& w : *known_) {
        words_.push_back({w.span, ko_.substr(w.span.begin, w.stem_length)});
      }
    } else {
      words_ = names::HangulWords(ko_);
    }
    // AddHangulForms asks the dictionary for each word's stem.
    for (const names::HangulWord& w : words_) names::PrefetchKoreanDictionaryWord(w.stem);
    forms_.reserve(2 * words_.size());  // Most words have one or two forms.
  }
  return words_;
}

const std::vector<uint32_t>& KoreanSide::compound_concepts() {
  if (!compound_concepts_read_) {
    compound_concepts_read_ = true;
    // Every tail of two syllables or more with a syllable in front: the lexicon's stems match
    // word beginnings, so a tail finds what it starts with (노동자체육장: 체육장 gymnasium;
    // 인민혁명당: 혁명 revolution; 투르키스탄이슬람당: 이슬람 Islam).
    constexpr size_t kSyllable = kHangulSyllableBytes;
    const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
    std::vector<uint32_t> whole, head;
    // Countries by a syllable each, apart (한·일, 한-베트남, 북·미·중): the syllables of a run of
    // words joined by a middle dot or a hyphen, read as the word they make (한일).
    const std::vector<names::HangulWord>& all = words();
    std::string run;
    for (size_t k = 0; k < all.size(); ++k) {
      const names::HangulWord& w = all[k];
      run.append(w.stem.substr(0, std::min(w.stem.size(), kSyllable)));
      const bool joined_to_next =
          k + 1 < all.size() && w.stem.size() == kSyllable &&
          w.span.end == w.span.begin + kSyllable &&
          JoinedByDotOrHyphen(ko_.substr(w.span.end, all[k + 1].span.begin - w.span.end));
      if (joined_to_next) continue;
      if (run.size() > kSyllable) {
        // Each country apart: not the lexicon's word for them together (한일), whose English
        // stems would find any name that begins with one of them ("Korea-China").
        for (const std::vector<uint32_t>& country : ConceptsOfCountries(SyllableCountries(run))) {
          compound_concepts_.insert(compound_concepts_.end(), country.begin(), country.end());
        }
      }
      run.clear();
    }
    for (const names::HangulWord& w : words()) {
      for (const std::vector<uint32_t>& country : CountryAbbreviation(w.stem)) {
        compound_concepts_.insert(compound_concepts_.end(), country.begin(), country.end());
      }
      // A tail of a name's last syllable and a one-syllable suffix after it names no place:
      // 해운대구's 대구 is no Daegu (though 미국대사's 대사 is an ambassador).
      const bool one_syllable_suffix =
          w.stem.size() >= 3 * kSyllable &&  // Shorter stems have no tail.
          w.stem.size() - names::StripNameSuffix(w.stem).size() == kSyllable;
      for (size_t split = kSyllable; split + 2 * kSyllable <= w.stem.size(); split += kSyllable) {
        const size_t found = compound_concepts_.size();
        lexicon.KoreanConcepts(w.stem.substr(split), &compound_concepts_);
        if (one_syllable_suffix && w.stem.size() - split == 2 * kSyllable) {
          compound_concepts_.erase(
              std::remove_if(compound_concepts_.begin() + static_cast<std::ptrdiff_t>(found),
                             compound_concepts_.end(),
                             [&](uint32_t c) { return lexicon.IsName(c); }),
              compound_concepts_.end());
        }
      }
      // And the place that begins the name of an institution of its own (한국은행 Bank of Korea,
      // 일본은행 Bank of Japan): the names of the shorter stems of a word the lexicon names.
      if (w.stem.size() < 3 * kSyllable) continue;  // No stem of two syllables is shorter.
      whole.clear();
      lexicon.KoreanConcepts(w.stem, &whole);
      if (std::none_of(whole.begin(), whole.end(), [&](uint32_t c) { return lexicon.IsName(c); })) {
        continue;
      }
      for (size_t end = 2 * kSyllable; end < w.stem.size(); end += kSyllable) {
        head.clear();
        lexicon.KoreanConcepts(w.stem.substr(0, end), &head);
        for (uint32_t c : head) {
          if (lexicon.IsName(c)) compound_concepts_.push_back(c);
        }
      }
    }
    std::sort(compound_concepts_.begin(), compound_concepts_.end());
  }
  return compound_concepts_;
}

const std::vector<names::KoreanPersonName>& KoreanSide::listed_names() {
  if (!listed_names_read_) {
    listed_names_read_ = true;
    std::vector<uint32_t> concepts;
    for (const names::HangulWord& w : words()) {
      if (w.stem.size() != 3 * kHangulSyllableBytes) continue;
      const std::string_view surname = w.stem.substr(0, kHangulSyllableBytes);
      if (names::SurnameSpellings(surname).empty() || names::IsOrdinaryKoreanWord(w.stem)) continue;
      concepts.clear();
      align::NewsLexicon::Default().KoreanConcepts(w.stem, &concepts);
      if (!concepts.empty()) continue;
      const auto begin = static_cast<uint32_t>(w.stem.data() - ko_.data());
      listed_names_.push_back({{begin, begin + static_cast<uint32_t>(w.stem.size())},
                               std::string(surname),
                               std::string(w.stem.substr(kHangulSyllableBytes))});
    }
  }
  return listed_names_;
}

const std::vector<names::PersonNameMatch>& KoreanSide::listed_name_matches(std::string_view en) {
  if (!listed_name_matches_read_) {
    listed_name_matches_read_ = true;
    for (const names::KoreanPersonName& name : listed_names()) {
      listed_name_matches_.push_back(names::MatchPersonName(name, en));
    }
  }
  return listed_name_matches_;
}

const std::vector<uint32_t>& KoreanSide::whole_word_places() {
  if (!whole_word_places_read_) {
    whole_word_places_read_ = true;
    const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
    std::vector<uint32_t> concepts;
    for (const names::HangulWord& w : words()) {
      if (w.span.end - w.span.begin != w.stem.size() + 3) continue;
      concepts.clear();
      lexicon.KoreanConcepts(ko_.substr(w.span.begin, w.span.end - w.span.begin), &concepts);
      for (uint32_t c : concepts) {
        if (lexicon.IsName(c)) whole_word_places_.push_back(c);
      }
    }
    std::sort(whole_word_places_.begin(), whole_word_places_.end());
  }
  return whole_word_places_;
}

const HangulForm* KoreanSide::FirstTransliterationOf(
    const LatinForm& latin, const std::function<bool(const HangulForm&, double)>& taken) {
  for (size_t k = 0;; ++k) {
    if (k == forms_.size()) {
      const std::vector<names::HangulWord>& all = words();
      // Add the next word's forms (none for a counter such as 3명, or a form-less word).
      while (k == forms_.size() && words_formed_ < all.size()) {
        const names::HangulWord& w = all[words_formed_++];
        if (!AfterNumber(ko_, w)) AddHangulForms(ko_, w, /*known_name=*/false, &forms_);
      }
      if (k == forms_.size()) return nullptr;
    }
    const double similarity = TransliterationAt(forms_[k], latin, latin.threshold);
    if (similarity >= 0 && !(taken && taken(forms_[k], similarity))) return &forms_[k];
  }
}

void KoreanSide::FormAllWords() {
  const std::vector<names::HangulWord>& all = words();
  while (words_formed_ < all.size()) {
    const names::HangulWord& w = all[words_formed_++];
    if (!AfterNumber(ko_, w)) AddHangulForms(ko_, w, /*known_name=*/false, &forms_);
  }
}

bool KoreanSide::AnyFormSoundsLike(const LatinForm& latin) {
  FormAllWords();
  return std::any_of(forms_.begin(), forms_.end(), [&](const HangulForm& h) {
    return names::PhonemeMatchSimilarity(h.phonemes, h.weight, latin.phonemes, latin.weight,
                                         latin.threshold) >= 0;
  });
}

namespace {

// The class of the first sound of a romanization, as names::PhoneticKey merges sounds (voicing
// and aspiration, r and l): of a Hangul syllable's initial consonant, and of an ASCII letter (0:
// none a romanization starts with). A cheap test that rules out nearly every word of a sentence
// before it is romanized.
char InitialClass(char32_t syllable) {
  // ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ; ㅇ is a vowel, or y or w.
  static constexpr char kClasses[] = "KKNTTLMPPSSVJJJKTPH";
  return kClasses[text::DecomposeHangul(syllable).initial];
}
char InitialClass(char letter) {
  switch (text::AsciiToLower(letter)) {
    case 'g':
    case 'k':
      return 'K';
    case 'd':
    case 't':
      return 'T';
    case 'b':
    case 'p':
      return 'P';
    case 's':
      return 'S';
    case 'j':
    case 'c':
      return 'J';
    case 'l':
    case 'r':
      return 'L';
    case 'm':
      return 'M';
    case 'n':
      return 'N';
    case 'h':
      return 'H';
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'w':
    case 'y':
      return 'V';
    default:
      return 0;
  }
}

}  // namespace

namespace {
// `hangul` with the final ㅅ of its last syllable taken off, the ㅅ that links the nouns of a
// compound (사이시옷: 전셋 of 전셋값 is 전세); empty if its last syllable has none.
std::string WithoutLinkingS(std::string_view hangul) {
  constexpr int kFinalS = 19;
  if (hangul.size() < kHangulSyllableBytes) return {};
  size_t pos = hangul.size() - kHangulSyllableBytes;
  const char32_t last = text::DecodeUtf8(hangul, &pos);
  if (!text::IsHangulSyllable(last)) return {};
  text::HangulJamo jamo = text::DecomposeHangul(last);
  if (jamo.final_consonant != kFinalS) return {};
  jamo.final_consonant = 0;
  std::string out(hangul.substr(0, hangul.size() - kHangulSyllableBytes));
  text::AppendUtf8(text::ComposeHangul(jamo), &out);
  return out;
}
}  // namespace

bool KoreanSide::HasRomanization(std::string_view word, bool other_known_names_excluded) {
  // From five letters on, under names::PhoneticKey: the older McCune-Reischauer spellings of
  // North Korean places and of some southern ones (Kaesong for 개성, Pusan for 부산).
  constexpr size_t kKeyedLetters = 5;
  // A syllable romanizes to six letters at most (gyeong).
  constexpr size_t kMaxLettersPerSyllable = 6;
  if (!romanized_) {
    romanized_ = true;
    for (const names::HangulWord& w : words()) {
      size_t pos = 0;
      const char32_t first = text::DecodeUtf8(w.stem, &pos);
      if (!text::IsHangulSyllable(first)) continue;
      const std::string_view whole = ko_.substr(w.span.begin, w.span.end - w.span.begin);
      constexpr std::string_view kRo = "로";
      const bool ro_stripped =
          whole.size() == w.stem.size() + kRo.size() && whole.substr(w.stem.size()) == kRo;
      romanizations_.push_back(
          {w.stem, ro_stripped ? whole : std::string_view(), InitialClass(first), {}});
    }
  }
  if (word.empty()) return false;
  const char initial = InitialClass(word[0]);
  if (initial == 0) return false;
  std::string folded, key;
  for (Romanization& r : romanizations_) {
    const size_t syllables = std::max(r.stem.size(), r.with_ro.size()) / kHangulSyllableBytes;
    if (r.initial != initial ||
        word.size() > kMaxLettersPerSyllable * syllables + 1) {  // A hyphen.
      continue;
    }
    if (other_known_names_excluded) {
      if (r.known_name < 0) r.known_name = IsKnownName(r.stem);
      if (r.known_name == 1) continue;
    }
    if (folded.empty()) {
      for (char c : word) {
        if (c != '-') folded.push_back(text::AsciiToLower(c));
      }
      if (folded.size() >= kKeyedLetters) key = names::PhoneticKey(folded);
    }
    if (r.forms.empty()) {
      // The stem, and the stem without a place's suffix (해운대구: 해운대; a district of one
      // syllable too, 중구: Jung District, which StripNameSuffix, keeping to words of three
      // syllables and more, leaves whole), and a road's name with its 로; each syllable by
      // syllable and with the sound changes a place's name is written with (백령도:
      // Baengnyeongdo).
      const bool district =
          r.stem.size() == 2 * kHangulSyllableBytes && r.stem.substr(kHangulSyllableBytes) == "구";
      const std::string_view suffixless =
          district ? r.stem.substr(0, kHangulSyllableBytes) : names::StripNameSuffix(r.stem);
      for (std::string_view hangul :
           {r.stem, suffixless == r.stem ? std::string_view() : suffixless, r.with_ro}) {
        if (hangul.empty()) continue;
        std::string romanized = names::RomanizeHangul(hangul);
        std::string pronounced = names::RomanizePlaceName(hangul);
        std::string romanized_key = names::PhoneticKey(romanized);
        r.forms.push_back({std::move(romanized), std::move(romanized_key)});
        if (pronounced != r.forms.back().first) {
          std::string pronounced_key = names::PhoneticKey(pronounced);
          r.forms.push_back({std::move(pronounced), std::move(pronounced_key)});
        }
      }
    }
    for (const auto& [romanized, romanized_key] : r.forms) {
      if (romanized == folded || (!key.empty() && romanized_key == key)) return true;
    }
    // A name of two syllables or more at the head of a compound whose rest is ordinary Korean
    // (백상예술대상: the Baeksang Arts Awards, 여의도공원: Yeouido Park), the English having
    // translated the rest.
    // And a Korean word at the head of a compound with the ㅅ Korean puts between the two
    // (전셋값: 전세 jeonse + 값 'price').
    const std::string& whole = r.forms.front().first;
    if (folded.size() < whole.size() && whole.compare(0, folded.size(), folded) == 0) {
      for (size_t head = 2 * kHangulSyllableBytes; head < r.stem.size();
           head += kHangulSyllableBytes) {
        const std::string_view head_hangul = r.stem.substr(0, head);
        if ((names::RomanizeHangul(head_hangul) == folded ||
             names::RomanizeHangul(WithoutLinkingS(head_hangul)) == folded) &&
            names::IsOrdinaryKoreanWord(r.stem.substr(head))) {
          return true;
        }
      }
    }
  }
  return false;
}

bool KoreanSide::RendersMoreClosely(const LatinForm& latin, double similarity,
                                    text::TextSpan excluded) {
  FormAllWords();
  for (const HangulForm& h : forms_) {
    const auto begin = static_cast<uint32_t>(h.stem.data() - ko_.data());
    if (begin >= excluded.begin && begin < excluded.end) continue;
    if (Transliteration(h, latin) > similarity) return true;
  }
  return false;
}

namespace {

// Whether `latin` renders the first syllable of Hangul name `stem`, as phonemes of weight
// `weight`.
bool RendersFirstSyllable(std::string_view stem, std::string_view first_syllable, double weight,
                          const LatinForm& latin) {
  // The likeness first: it rejects nearly every word, and MayBeName costs dictionary lookups.
  return names::PhonemeMatchSimilarity(first_syllable, weight, latin.phonemes, latin.weight,
                                       kSurnameOfWholeNameMatch) >= 0 &&
         MayBeName(stem);
}

}  // namespace

bool SurnameOfWholeName(std::string_view stem, const LatinForm& latin) {
  if (stem.size() < 3 * kHangulSyllableBytes) return false;
  const std::string first = names::HangulPhonemes(stem.substr(0, kHangulSyllableBytes));
  return RendersFirstSyllable(stem, first, names::PhonemeWeight(first), latin);
}

namespace {

// Whether a syllable of `stem` is a consonant with the vowel ㅡ and nothing after it (르 of 코르다,
// 스 of 고메스): the vowel Korean inserts between the consonants of a Western name.
bool HasEpentheticSyllable(std::string_view stem) {
  constexpr int kEu = 18;      // ㅡ among the medials.
  constexpr int kNoFinal = 0;  // Among the finals.
  constexpr int kIeung = 11;   // ㅇ among the initials: 으 is a syllable of its own.
  for (size_t pos = 0; pos < stem.size();) {
    const char32_t c = text::DecodeUtf8(stem, &pos);
    if (!text::IsHangulSyllable(c)) continue;
    const text::HangulJamo jamo = text::DecomposeHangul(c);
    if (jamo.medial == kEu && jamo.final_consonant == kNoFinal && jamo.initial != kIeung) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool KoreanSide::HasWholeNameWithSurname(const LatinForm& latin, bool east_asian_only) {
  if (!first_syllables_read_) {
    first_syllables_read_ = true;
    for (const names::HangulWord& w : words()) {
      if (w.stem.size() < 2 * kHangulSyllableBytes) continue;
      std::string phonemes = names::HangulPhonemes(w.stem.substr(0, kHangulSyllableBytes));
      const double weight = names::PhonemeWeight(phonemes);
      first_syllables_.push_back({w.stem, std::move(phonemes), weight});
    }
  }
  const size_t shortest = (east_asian_only ? 2 : 3) * kHangulSyllableBytes;
  return std::any_of(first_syllables_.begin(), first_syllables_.end(), [&](const auto& f) {
    return f.stem.size() >= shortest && RendersFirstSyllable(f.stem, f.phonemes, f.weight, latin) &&
           !(east_asian_only && HasEpentheticSyllable(f.stem));
  });
}

const std::vector<std::string_view>* SurnameBeforeTitle(std::string_view ko,
                                                        const names::HangulWord& w,
                                                        bool unambiguous) {
  if (w.stem.size() != kHangulSyllableBytes || w.span.end - w.span.begin != kHangulSyllableBytes ||
      w.span.end + 1 >= ko.size() || ko[w.span.end] != ' ') {
    return nullptr;
  }
  static constexpr std::string_view kOftenNoSurname[] = {"이", "전", "고", "한", "양", "신",
                                                         "현", "주", "모", "노", "구"};
  if (unambiguous && std::find(std::begin(kOftenNoSurname), std::end(kOftenNoSurname), w.stem) !=
                         std::end(kOftenNoSurname)) {
    return nullptr;
  }
  const std::vector<std::string_view>& spellings = names::SurnameSpellings(w.stem);
  if (spellings.empty()) return nullptr;
  // The title is the next word (윤 대통령), not one further on (이 사건 담당 검사), but for 전
  // 'former' or 현 'current' before it (윤 전 대통령, 문 전 대통령은: "former President Moon").
  std::string_view rest = ko.substr(w.span.end + 1);
  std::string_view next = rest.substr(0, std::min(rest.find(' '), rest.size()));
  if ((next == "전" || next == "현") && next.size() + 1 < rest.size()) {
    rest = rest.substr(next.size() + 1);
    next = rest.substr(0, std::min(rest.find(' '), rest.size()));
  }
  return names::TitleFollows(next) ? &spellings : nullptr;
}

const std::vector<std::string_view>* SurnameWithHonorific(std::string_view stem) {
  const size_t syllables = stem.size() / kHangulSyllableBytes;
  if (stem.size() % kHangulSyllableBytes != 0 || syllables < 2 || syllables > 3) return nullptr;
  const std::string_view rest = stem.substr(kHangulSyllableBytes);
  if (rest != "씨" && rest != "모" && rest != "모씨" && rest != "통") return nullptr;
  // 추모 (a memorial), 이모 (an aunt), 유통 (distribution), 전통 (tradition).
  if (names::IsOrdinaryKoreanWord(stem)) return nullptr;
  const std::vector<std::string_view>& spellings =
      names::SurnameSpellings(stem.substr(0, kHangulSyllableBytes));
  return spellings.empty() ? nullptr : &spellings;
}

void KoreanSide::ReadSurnames() {
  if (!surnames_read_) {
    surnames_read_ = true;
    const names::HangulWord* previous = nullptr;
    for (const names::HangulWord& w : words()) {
      const std::vector<std::string_view>* spellings =
          SurnameBeforeTitle(ko_, w, /*unambiguous=*/false);
      if (spellings == nullptr) spellings = SurnameWithHonorific(w.stem);
      // A Korean surname after a foreign given name (스티븐 연 Steven Yeun, 샌드라 오 Sandra Oh),
      // with a particle too (스티븐 연은): spelled as its bearer does, which no transliteration of
      // the syllable need come close to.
      if (spellings == nullptr &&
          (w.stem.size() == kHangulSyllableBytes || names::IsSyllableAndParticle(w.stem)) &&
          previous != nullptr && w.span.begin == previous->span.end + 1 &&
          previous->stem.size() == previous->span.end - previous->span.begin) {
        const std::vector<std::string_view>& listed =
            names::SurnameSpellings(w.stem.substr(0, kHangulSyllableBytes));
        if (!listed.empty() && MayBeName(previous->stem)) spellings = &listed;  // Dearer last.
      }
      if (spellings != nullptr) {
        surname_spellings_.insert(surname_spellings_.end(), spellings->begin(), spellings->end());
      }
      previous = &w;
    }
  }
}

bool KoreanSide::NamesBySurname(std::string_view word) {
  ReadSurnames();
  return std::any_of(surname_spellings_.begin(), surname_spellings_.end(), [&](std::string_view s) {
    return s.size() == word.size() &&
           std::equal(s.begin(), s.end(), word.begin(), [](char a, char b) {
             return text::AsciiToLower(a) == text::AsciiToLower(b);
           });
  });
}

std::vector<uint32_t> LowerCaseConcepts(std::string_view en) {
  std::vector<uint32_t> concepts;
  std::string word;
  for (size_t i = 0; i < en.size();) {
    if (!text::IsAsciiLower(en[i]) || (i > 0 && text::IsAsciiAlpha(en[i - 1]))) {
      ++i;
      continue;
    }
    word.clear();
    for (; i < en.size() && (text::IsAsciiAlpha(en[i]) || en[i] == '-'); ++i) {
      word.push_back(text::AsciiToLower(en[i]));
    }
    align::NewsLexicon::Default().EnglishConcepts(word, &concepts);
  }
  std::sort(concepts.begin(), concepts.end());
  return concepts;
}

bool EnglishSide::ExpressesInLowerCase(std::string_view korean_stem) {
  std::vector<uint32_t> concepts;
  align::NewsLexicon::Default().KoreanConcepts(korean_stem, &concepts);
  if (concepts.empty()) return false;
  if (!lower_case_concepts_read_) {
    lower_case_concepts_read_ = true;
    lower_case_concepts_ = LowerCaseConcepts(en_);
  }
  return std::any_of(concepts.begin(), concepts.end(), [&](uint32_t c) {
    return std::binary_search(lower_case_concepts_.begin(), lower_case_concepts_.end(), c);
  });
}

const align::EnglishWordEvidence& EnglishSide::Evidence(std::string_view word) {
  for (const auto& [asked, evidence] : evidence_) {
    if (asked == word) return evidence;
  }
  return evidence_.emplace_back(std::string(word), align::EvidenceForEnglishWord(word)).second;
}

namespace {
// Calls `f(begin, end)` for each run of ASCII letters of `en` (byte offsets).
template <typename F>
void ForEachLetterRun(std::string_view en, F f) {
  for (size_t i = 0; i < en.size();) {
    if (!text::IsAsciiAlpha(en[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < en.size() && text::IsAsciiAlpha(en[j])) ++j;
    f(i, j);
    i = j;
  }
}
}  // namespace

void EnglishSide::ReadWords() {
  if (read_) return;
  read_ = true;
  ForEachLetterRun(en_, [&](size_t i, size_t j) {
    if (text::IsAsciiUpper(en_[i]) && j - i >= 2) {
      words_.push_back({{static_cast<uint32_t>(i), static_cast<uint32_t>(j)},
                        MakeLatinForm(en_.substr(i, j - i), names::kTransliterationMatch)});
    }
  });
}

bool EnglishSide::RendersAsAName(const HangulForm& h) {
  ReadWords();
  for (const Word& w : words_) {
    if (TransliterationAt(h, w.form, w.form.threshold) >= 0 &&
        !names::IsCommonCapitalizedWord(en_.substr(w.span.begin, w.span.end - w.span.begin))) {
      return true;
    }
  }
  return false;
}

bool EnglishSide::RendersMoreClosely(const HangulForm& h, double similarity,
                                     text::TextSpan covered) {
  ReadWords();
  // The other word may render the whole Korean word where this one renders a part of it
  // (맥케인 McCain, against 맥케 of 맥케인 for "Morg" of Morgan).
  const std::string whole = names::HangulPhonemes(h.stem);
  const double whole_weight = names::PhonemeWeight(whole);
  for (const Word& w : words_) {
    if (w.span.begin < covered.end && covered.begin < w.span.end) continue;
    if (TransliterationAt(h, w.form, w.form.threshold) > similarity) return true;
    if (whole != h.phonemes && names::PhonemeMatchSimilarity(whole, whole_weight, w.form.phonemes,
                                                             w.form.weight, w.form.threshold) >
                                   similarity) {
      return true;
    }
  }
  return false;
}

bool EnglishSide::RendersInLowerCase(const HangulForm& h, double similarity) {
  constexpr size_t kShortestLoanword = 5;
  if (!lower_case_read_) {
    lower_case_read_ = true;
    ForEachLetterRun(en_, [&](size_t i, size_t j) {
      // A whole word: not the s of a possessive, nor the given name's half after a hyphen.
      const bool whole = (i == 0 || (en_[i - 1] != '\'' && en_[i - 1] != '-')) &&
                         (j == en_.size() || en_[j] != '-');
      if (text::IsAsciiLower(en_[i]) && j - i >= kShortestLoanword && whole) {
        lower_case_words_.push_back(
            MakeLatinForm(en_.substr(i, j - i), names::kTransliterationMatch));
      }
    });
  }
  return std::any_of(lower_case_words_.begin(), lower_case_words_.end(), [&](const LatinForm& l) {
    return TransliterationAt(h, l, l.threshold) > similarity;
  });
}

bool RendersAFamousSurname(const HangulForm& h, std::string_view word) {
  static const std::vector<LatinForm> surnames = [] {
    std::vector<LatinForm> forms;
    for (std::string_view surname : names::FamousSurnames()) {
      forms.push_back(MakeLatinForm(surname, kFamousSurnameMatch));
    }
    return forms;
  }();
  if (h.phonemes.empty() || names::IsFamousSurname(word)) return false;
  // A likeness this close needs the same first sound (ㄹ is either L or R) and about the same
  // length: most surnames are ruled out before the costlier comparison.
  constexpr size_t kLengthSlack = 2;
  auto first_sound = [](const std::string& phonemes) {
    return phonemes[0] == 'R' ? 'L' : phonemes[0];
  };
  for (const LatinForm& surname : surnames) {
    if (surname.phonemes.empty() || first_sound(surname.phonemes) != first_sound(h.phonemes) ||
        surname.phonemes.size() + kLengthSlack < h.phonemes.size() ||
        h.phonemes.size() + kLengthSlack < surname.phonemes.size()) {
      continue;
    }
    if (Transliteration(h, surname) >= kFamousSurnameMatch) return true;
  }
  return false;
}

bool HasNameConcept(const align::EnglishWordEvidence& evidence) {
  const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
  return std::any_of(evidence.concepts.begin(), evidence.concepts.end(),
                     [&](uint64_t c) { return lexicon.IsName(static_cast<uint32_t>(c)); });
}

bool IsNotNameSyllable(std::string_view syllable) {
  static constexpr std::string_view kNotNameSyllables[] = {
      "측", "등", "전", "현", "및", "간", "외", "씨", "내", "때", "중", "후", "앞", "뒤",
      "쪽", "팀", "군", "시", "주", "도", "강", "산", "섬", "항", "만", "호", "역", "사",
      "가", "의", "것", "수", "명", "년", "월", "일", "번", "차", "개", "곳", "회", "세",
      "대", "편", "새", "옛", "각", "총", "약", "또", "이", "그", "저", "더", "안", "못",
      "잘", "꼭", "늘", "곧", "다", "한", "두", "네", "첫", "온", "본", "양", "당", "제",
      "동", "서", "남", "북", "상", "하", "좌", "우", "신", "구", "고", "금", "선", "는",
      "은", "을", "를", "에", "와", "과", "로", "알"};
  return std::find(std::begin(kNotNameSyllables), std::end(kNotNameSyllables), syllable) !=
         std::end(kNotNameSyllables);
}

bool IsPersonsName(const names::KoreanPersonName& person, std::string_view stem,
                   std::string_view word) {
  const std::string name = StrCat(person.surname, person.given);
  if (names::IsUnmistakablyPredicateForm(name)) return false;
  if (!names::IsKoreanDictionaryWord(name) && !names::IsKoreanDictionaryWord(stem)) return true;
  // Most famous names score -1.3 to -4.3 as loanwords (노무현, 김정은); 주니어 'junior' before
  // 목사 scores -0.4.
  constexpr double kMaxLoanwordScore = -1.0;
  if (name.size() != kKoreanFullNameBytes || word != name || !names::IsKoreanDictionaryWord(name) ||
      names::IsKoreanDictionaryWord(person.given) ||
      names::LoanwordScore(name) >= kMaxLoanwordScore) {
    return false;
  }
  std::vector<uint32_t> concepts;
  align::NewsLexicon::Default().KoreanConcepts(name, &concepts);
  return concepts.empty();
}
}  // namespace galley::checks::name_matching
