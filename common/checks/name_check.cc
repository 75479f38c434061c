// NAME_MISMATCH / NAME_MISSING: Korean person names against their English renderings, English
// names against the Korean words that transliterate them (graded by names/phonetic_match.h), and
// Latin names inside the Korean (IBM, NHK) that must appear unchanged in the English.
//
// This file decides, pair by pair, which English names the Korean explains (NameExplained) and
// what to report for the rest. Its parts: name_matching (likeness by sound; each side read once),
// korean_orphans (the Korean names nothing in the English matches, offered as counterparts),
// english_name_context (what the words around a name say of it), latin_names, name_spellings,
// datelines, and document_name_reports (what is reported once the whole document is read).
#include <algorithm>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "common/align/news_lexicon.h"
#include "common/align/sentence_features.h"
#include "common/base/str_cat.h"
#include "common/checks/datelines.h"
#include "common/checks/document_name_reports.h"
#include "common/checks/english_name_context.h"
#include "common/checks/korean_orphans.h"
#include "common/checks/latin_names.h"
#include "common/checks/name_matching.h"
#include "common/checks/name_spellings.h"
#include "common/checks/pair_context.h"
#include "common/names/english_words.h"
#include "common/names/famous_persons.h"
#include "common/names/korean_words.h"
#include "common/names/name_finder.h"
#include "common/names/phonetic_match.h"
#include "common/names/romanizer.h"
#include "common/text/utf8.h"
#include "common/text/word_set.h"

namespace galley::checks {
namespace {

using english_name_context::DescribesAPerson;
using english_name_context::HasKoreanStyleName;
using english_name_context::Initials;
using english_name_context::IsAdjectiveOfAPeople;
using english_name_context::IsBareInstitutionWord;
using english_name_context::IsNounOrParticiple;
using english_name_context::IsPartyMember;
using english_name_context::IsTitleBeforeName;
using english_name_context::NamePart;
using english_name_context::SurnameBeforeAVerb;
using english_name_context::TitleCase;
using korean_orphans::FirstKoreanOrphan;
using korean_orphans::ForEachKoreanOrphan;
using korean_orphans::OrphanName;
using korean_orphans::OrphanSearch;
using latin_names::Acronym;
using latin_names::Acronyms;
using latin_names::ContainsWord;
using latin_names::EnglishCarriesLatinName;
using latin_names::InSpelledOutLatinName;
using latin_names::IsAcronym;
using latin_names::LatinGlossAfter;
using latin_names::LatinGlossOrQuotedEnglish;
using latin_names::LatinWords;
using latin_names::Undotted;
using name_matching::AfterNumber;
using name_matching::EnglishSide;
using name_matching::HangulForm;
using name_matching::HasNameConcept;
using name_matching::IsPersonsName;
using name_matching::kHangulSyllableBytes;
using name_matching::KoreanSide;
using name_matching::kUncontestedMatch;
using name_matching::LatinForm;
using name_matching::MakeLatinForm;
using name_matching::MayBeName;
using name_spellings::kDerivedEndings;
using name_spellings::StripPossessive;

// `word` in ASCII lower case.
std::string AsciiLowerCase(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) c = text::AsciiToLower(c);
  return lower;
}

// Whether a capitalized word that opens a sentence is a name. Alone, when English does not
// otherwise write it in lower case (names::MayNameAtSentenceStart: "Samsung unveiled", not
// "However"); alone or as the first of several capitalized words, when the gazetteer names it
// ("Apple unveiled", "Hyundai Construction won") or the document also writes it capitalized
// within a sentence, as it writes a name ("Samsung Electronics said" and "said Samsung"): a first
// word of several is otherwise as often a description ("Cryptologist Stephen Walker", "Passenger
// Rocco Russo"). Never a word that is common in capitals (The, President).
bool NamesAtSentenceStart(std::string_view word, bool first_of_several, const PairContext& pair) {
  const std::string_view bare = StripPossessive(word);
  if (names::IsCommonCapitalizedWord(bare)) return false;
  if (!first_of_several && names::MayNameAtSentenceStart(word)) return true;
  // A name the gazetteer knows, though English has the word in lower case too (Apple, Google).
  const align::EnglishWordEvidence evidence = align::EvidenceForEnglishWord(bare);
  if (HasNameConcept(evidence)) {
    return true;
  }
  return pair.target_word_cases != nullptr &&
         pair.target_word_cases->CapitalizedWithinSentence(bare);
}

// From this PhonemeSimilarity an English name and a Korean one that the lexicon knows as two
// different names are one all the same ("Asian" and 아세안, 0.92: the ASEAN forum rendered "the
// Asian forum").
constexpr double kKnownNamesAlikeMatch = 0.9;

// The longest Chinese surname in letters (Zhang, Huang): an English name of one word no longer may
// be the surname of a whole Chinese name (name_matching::SurnameOfWholeName).
constexpr size_t kLongestSurname = 5;

// Whether one of `spans` overlaps `span` (document offsets, as findings hold them).
bool AnyOverlaps(const std::vector<text::TextSpan>& spans, text::TextSpan span) {
  return std::any_of(spans.begin(), spans.end(),
                     [&](text::TextSpan t) { return t.begin < span.end && span.begin < t.end; });
}

// The short quotations of a sentence, titles of works as news quotes them ('파묘', 《채식주의자》,
// "Exhuma," "The Keeper"): the text between quotation marks, of `max_words` words at most. With
// `english`, between double quotation marks only (English writes an apostrophe as a single one)
// and in title case (every word of four letters or more capitalized). Byte spans of `text`.
std::vector<text::TextSpan> ShortQuotations(std::string_view text, bool english, size_t max_words) {
  static constexpr std::pair<std::string_view, std::string_view> kPaired[] = {
      {"“", "”"}, {"‘", "’"}, {"「", "」"}, {"『", "』"}, {"《", "》"}, {"〈", "〉"}};
  std::vector<text::TextSpan> found;
  auto add = [&](size_t begin, size_t end) {
    const std::string_view inner = text.substr(begin, end - begin);
    if (inner.empty() || inner.find('\n') != std::string_view::npos ||
        static_cast<size_t>(std::count(inner.begin(), inner.end(), ' ')) + 1 > max_words) {
      return;
    }
    if (english) {
      for (size_t i = 0; i < inner.size();) {
        size_t j = i;
        while (j < inner.size() && text::IsAsciiAlpha(inner[j])) ++j;
        if (j - i >= 4 && !text::IsAsciiUpper(inner[i])) return;
        i = j == i ? i + 1 : j;
      }
    }
    found.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
  };
  for (const auto& [open, close] : kPaired) {
    if (english && open != "“") continue;
    for (size_t at = text.find(open); at != std::string_view::npos; at = text.find(open, at)) {
      const size_t begin = at + open.size();
      const size_t end = text.find(close, begin);
      if (end == std::string_view::npos) break;
      add(begin, end);
      at = end + close.size();
    }
  }
  for (const char mark : english ? std::string_view("\"") : std::string_view("\"'")) {
    for (size_t at = text.find(mark); at != std::string_view::npos; at = text.find(mark, at)) {
      const size_t end = text.find(mark, at + 1);
      if (end == std::string_view::npos) break;
      add(at + 1, end);
      at = end + 1;
    }
  }
  return found;
}

// Whether bytes [begin, end) of `text` lie inside one of `quotations`.
bool InQuotation(const std::vector<text::TextSpan>& quotations, size_t begin, size_t end) {
  return std::any_of(quotations.begin(), quotations.end(),
                     [&](text::TextSpan q) { return q.begin <= begin && end <= q.end; });
}

// Titles of works are often translated, not transliterated ('파묘' is "Exhuma"): a name in an
// English title is explained by a Korean title of native words.
constexpr size_t kKoreanTitleWords = 4, kEnglishTitleWords = 6;

// How likely a Korean name left over is the counterpart of an English name nothing matches, the
// one a translation put another in place of: the lower the likelier, kLikeliestCounterpart at
// best. First by how plainly it is a name (NamePlainness); then by kind: a lexicon place for an
// English name that names a place (`english_place`: NamesAPlace), any other name for any other
// (AI translation puts a name in the place of one of its kind); then one no other finding of the
// pair offers yet (`offered`: one does). Among equals the first in the Korean is the likeliest.
using CounterpartRank = std::tuple<int, bool, bool>;
constexpr CounterpartRank kLikeliestCounterpart{0, false, false};
CounterpartRank RankCounterpart(const OrphanName& orphan, int plainness, bool english_place,
                                bool offered) {
  return {plainness, orphan.place != english_place, offered};
}

// How plainly a Korean name left over is a name, 0 most plainly: a person's, a lexicon place or a
// word that looks transliterated and is no ordinary word (오바마, 리버모아); 1, another word that
// may be a name and is no ordinary word (겐자부로, and verbs' forms the dictionary misses: 머문);
// 2, an ordinary word (테러 'terror', 할리우드, which the English may render in lower case) or a
// verb's form a place begins (인도하 'lead', 인도 'India'). `ko`: the pair's Korean.
int NamePlainness(const OrphanName& orphan, std::string_view ko) {
  const std::string_view text = ko.substr(orphan.span.begin, orphan.span.end - orphan.span.begin);
  if (orphan.person || (orphan.place && !names::IsKoreanPredicateForm(text))) return 0;
  if (!orphan.place && name_matching::MayBeName(text) && !names::IsOrdinaryKoreanWord(text)) {
    return names::LooksTransliterated(text) ? 0 : 1;
  }
  return 2;
}

// Whether every word of an English name (`significant`: its SignificantWords) is one the lexicon
// knows as a name (Europe, South Africa): the name names a place, people or institution.
bool NamesAPlace(const std::vector<std::string_view>& significant, EnglishSide* english_side) {
  return !significant.empty() &&
         std::all_of(significant.begin(), significant.end(), [&](std::string_view word) {
           return HasNameConcept(english_side->Evidence(StripPossessive(word)));
         });
}

// Whether the Korean has the kind of place or institution an English word names, which Korean
// writes as a suffix of the name (대만해협 Taiwan Strait, 콴타스 항공 Qantas Airways, 미야기현
// Miyagi Prefecture). `word`: one English word, any case.
bool KoreanHasKind(KoreanSide* korean_side, std::string_view word) {
  // A table, four pairs a row.
  // clang-format off
  static constexpr std::pair<std::string_view, std::string_view> kKinds[] = {
      {"strait", "해협"},     {"gulf", "만"},        {"bay", "만"},          {"peninsula", "반도"},
      {"airways", "항공"},    {"airlines", "항공"},  {"air", "항공"},        {"prefecture", "현"},
      {"province", "성"},     {"tech", "공대"},      {"lake", "호"},         {"mount", "산"},
      {"islands", "제도"},    {"agency", "통신"},    {"cathedral", "성당"},  {"museum", "박물관"},
      {"library", "도서관"},  {"stadium", "경기장"}, {"canal", "운하"},      {"desert", "사막"},
      {"medical", "병원"},    {"clinic", "병원"},
      // Courts and prosecutors' offices: 서울중앙지법 Seoul Central District Court, 서울고법 Seoul
      // High Court, 서울가정법원 Seoul Family Court, 수원지검 Suwon District Prosecutors' Office;
      // and a city's district or a province's county (강서구 Gangseo District, 양평군).
      {"district", "구"},     {"county", "군"},      {"district", "지법"},   {"district", "지방법원"},
      {"district", "지검"},   {"district", "지방검찰청"},                    {"high", "고법"},
      {"high", "고등법원"},   {"high", "고검"},      {"family", "가정법원"},
      {"administrative", "행정법원"},                {"bankruptcy", "회생법원"},
      // A government agency: 경찰청 National Police Agency, 기상청 Korea Meteorological
      // Administration, 국세청 National Tax Service.
      {"agency", "청"},       {"administration", "청"}, {"service", "청"},
      // A company: 도요타사 Toyota Corporation, 루비사 Ruby Productions (Corp. and Inc. are
      // common capitalized words, needing no counterpart).
      {"corporation", "사"},  {"productions", "사"},
      // Buildings and landmarks: 버킹엄궁 Buckingham Palace, 에든버러성 Edinburgh Castle,
      // 브란덴부르크문 the Brandenburg Gate, 나이아가라 폭포 Niagara Falls, 하이드파크 공원.
      {"palace", "궁"},       {"palace", "궁전"},    {"castle", "성"},       {"gate", "문"},
      {"falls", "폭포"},      {"bridge", "대교"},    {"park", "공원"},       {"tower", "타워"},
      {"tower", "탑"},        {"church", "교회"},    {"temple", "사"},       {"temple", "사원"},
      // A country's form of state: 콩고민주공화국 the Democratic Republic of the Congo.
      {"republic", "공화국"}, {"democratic", "민주공화국"},
      // A city's stock market, which English names by its exchange (뉴욕증시 the New York Stock
      // Exchange).
      {"exchange", "증시"},
  };
  // clang-format on
  std::string lower(word);
  for (char& c : lower) c = text::AsciiToLower(c);
  for (const auto& [english, korean] : kKinds) {
    if (lower != english) continue;
    for (const names::HangulWord& w : korean_side->words()) {
      const std::string_view whole =
          korean_side->text().substr(w.span.begin, w.span.end - w.span.begin);
      for (std::string_view form : {w.stem, whole}) {
        if (form.size() >= korean.size() && form.substr(form.size() - korean.size()) == korean) {
          return true;
        }
      }
    }
  }
  return false;
}

// Whether listed name `name` is a person's name the name finder found (`persons`) as well.
bool OverlapsAPerson(const names::KoreanPersonName& name,
                     const std::vector<names::KoreanPersonName>& persons) {
  return std::any_of(persons.begin(), persons.end(), [&](const names::KoreanPersonName& p) {
    return p.span.begin < name.span.end && name.span.begin < p.span.end;
  });
}

// The KoreanSide::listed_names outside `persons` (the names found before a title).
std::vector<names::KoreanPersonName> ListedKoreanNames(
    KoreanSide* korean_side, const std::vector<names::KoreanPersonName>& persons) {
  std::vector<names::KoreanPersonName> listed;
  for (const names::KoreanPersonName& name : korean_side->listed_names()) {
    if (!OverlapsAPerson(name, persons)) listed.push_back(name);
  }
  return listed;
}

// Where English name `name` has a Korean's name in it, written surname first: a spelling of a
// Korean surname, then a given name of two parts joined by a hyphen ("Wolverhampton's Kim
// Min-jae"; not "Tony Leung Chiu-wai", whose Leung is no Korean surname). The span of the two
// words in `en`, or none.
std::optional<text::TextSpan> KoreanSurnameAndGivenName(std::string_view en,
                                                        const names::EnglishName& name) {
  for (size_t k = 0; k + 1 < name.words.size(); ++k) {
    const std::string_view surname =
        en.substr(name.words[k].begin, name.words[k].end - name.words[k].begin);
    const std::string_view given =
        en.substr(name.words[k + 1].begin, name.words[k + 1].end - name.words[k + 1].begin);
    const size_t hyphen = given.find('-');
    if (names::IsKoreanSurnameSpelling(surname) && hyphen != std::string_view::npos &&
        hyphen > 0 && hyphen + 1 < given.size() && text::IsAsciiLower(given[hyphen + 1])) {
      return text::TextSpan{name.words[k].begin, name.words[k + 1].end};
    }
  }
  return std::nullopt;
}
bool HasKoreanSurnameAndGivenName(std::string_view en, const names::EnglishName& name) {
  return KoreanSurnameAndGivenName(en, name).has_value();
}

align::EnglishWordEvidence WholeNameEvidence(std::string_view whole, std::string_view first_word);

// Whether the first two words of `name` are a name the lexicon knows as two (Hong Kong, New York),
// the second maybe an owner's ("Hong Kong's Hang Seng Index").
bool OpensWithTwoWordName(std::string_view en, const names::EnglishName& name) {
  if (name.words.size() < 3) return false;  // Two words alone are looked up whole.
  const std::string_view first =
      en.substr(name.words[0].begin, name.words[0].end - name.words[0].begin);
  const std::string_view second =
      StripPossessive(en.substr(name.words[1].begin, name.words[1].end - name.words[1].begin));
  const size_t end = static_cast<size_t>(second.data() - en.data()) + second.size();
  return HasNameConcept(
      WholeNameEvidence(en.substr(name.words[0].begin, end - name.words[0].begin), first));
}

// The words of a name that need a counterpart, as Korean would write them (the name part of
// "Mugabe-led", possessives dropped): not a sentence's first word, which joins a name only by its
// capital ("Passenger Rocco Russo", "Entertainer Yoo Jae-suk") unless a Korean's given name
// follows it ("Lee Kang-in") or it opens a name of two words the lexicon knows ("Hong Kong's Hang
// Seng Index"), nor titles, months and the like, nor a middle initial (George W. Bush), which
// Korean leaves out, nor a title before a name (Prophet Muhammad), which Korean gives in a word of
// its own or leaves out, nor the country opening or ending a Korean public body's name; but a
// title's abbreviation that ends a name is a name of its own (Hun Sen); and a bare institution
// word standing for a name ("the Institute"). Views into `en`.
std::vector<std::string_view> SignificantWords(std::string_view en, const names::EnglishName& name,
                                               const PairContext& pair) {
  // Titles joined by hyphens (Vice-President, Secretary-General) are common words too.
  auto common_parts = [](std::string_view hyphenated) {
    if (hyphenated.find('-') == std::string_view::npos) return false;
    for (size_t start = 0; start <= hyphenated.size();) {
      const size_t end = std::min(hyphenated.find('-', start), hyphenated.size());
      if (!names::IsCommonCapitalizedWord(hyphenated.substr(start, end - start))) return false;
      start = end + 1;
    }
    return true;
  };
  // The country that opens the English name of a Korean public body (the Korea Meteorological
  // Administration, the Korean National Police Agency), which the Korean leaves out (기상청,
  // 경찰청): no word of its own to match.
  static constexpr std::string_view kBodies[] = {
      "Agency",    "Administration", "Service",   "Office",    "Commission", "Board",
      "Authority", "Institute",      "Ministry",  "Council",   "Committee",  "Corporation"};
  const std::string_view last_word =
      en.substr(name.words.back().begin, name.words.back().end - name.words.back().begin);
  const bool public_body = name.words.size() >= 3 &&
                           std::find(std::begin(kBodies), std::end(kBodies), last_word) !=
                               std::end(kBodies);
  // Likewise the country that ends it after "of" (the National Museum of Korea: 국립중앙박물관;
  // the Supreme Court of Korea: 대법원).
  static constexpr std::string_view kPublicPlaces[] = {"Museum",   "Court",   "Library",
                                                       "Assembly", "Academy", "Archives"};
  bool public_body_of_korea = false;
  if (name.words.size() >= 3 && last_word == "Korea") {
    const text::TextSpan kind = name.words[name.words.size() - 2];
    const std::string_view kind_word = en.substr(kind.begin, kind.end - kind.begin);
    public_body_of_korea =
        en.substr(kind.end, name.words.back().begin - kind.end) == " of " &&
        (std::find(std::begin(kBodies), std::end(kBodies), kind_word) != std::end(kBodies) ||
         std::find(std::begin(kPublicPlaces), std::end(kPublicPlaces), kind_word) !=
             std::end(kPublicPlaces));
  }
  // A first word with "of" after it ("Jennie of Blackpink") is alone before what places it, not a
  // description of the next (Cryptologist Stephen Walker).
  const bool first_of_several = en.substr(name.words[0].end, 4) != " of ";
  // A Korean's name at the start ("Lee Kang-in"), not after a description ("Entertainer Yoo
  // Jae-suk").
  const std::optional<text::TextSpan> korean_name = KoreanSurnameAndGivenName(en, name);
  const bool opens_with_korean_name = korean_name && korean_name->begin == name.words[0].begin;
  std::vector<std::string_view> significant;
  for (size_t k = 0; k < name.words.size(); ++k) {
    std::string_view word = NamePart(
        StripPossessive(en.substr(name.words[k].begin, name.words[k].end - name.words[k].begin)));
    // A title joined by a hyphen to a name in the place of its other half ("Secretary-Gordon" for
    // Secretary-General, "Attorney-Walker"): the name, which the title's lexicon stem would
    // otherwise find as a prefix of the whole word. (Not Saint-Germain, a name whole.)
    static constexpr std::string_view kHyphenatedTitleHeads[] = {
        "Secretary", "Attorney", "Governor", "Vice", "Lieutenant", "Surgeon", "Director"};
    if (const size_t hyphen = word.find('-');
        hyphen != std::string_view::npos && hyphen + 1 < word.size() &&
        text::IsAsciiUpper(word[hyphen + 1]) && !common_parts(word) &&
        std::find(std::begin(kHyphenatedTitleHeads), std::end(kHyphenatedTitleHeads),
                  word.substr(0, hyphen)) != std::end(kHyphenatedTitleHeads)) {
      word = word.substr(hyphen + 1);
    }
    // An owner's possessive that is no common word is a name ("Pfizer's Wegovy"): a description
    // takes none before a name.
    const std::string_view raw =
        en.substr(name.words[k].begin, name.words[k].end - name.words[k].begin);
    const bool owner = k == 0 && StripPossessive(raw).size() < raw.size() &&
                       !names::IsEnglishDictionaryWord(word) &&
                       !names::IsCommonCapitalizedWord(word);
    if (k == 0 && name.starts_sentence && name.words.size() > 1 && !owner &&
        !NamesAtSentenceStart(word, first_of_several, pair) && !opens_with_korean_name &&
        !OpensWithTwoWordName(en, name)) {
      continue;
    }
    if (public_body && significant.empty() && (word == "Korea" || word == "Korean")) continue;
    if (public_body_of_korea && k + 1 == name.words.size()) continue;
    // (Not "Major" of a major league, Major League Soccer's, which Korean writes 메이저리그.)
    if (k + 1 < name.words.size() && IsTitleBeforeName(word) &&
        !(word == "Major" &&
          en.substr(name.words[k + 1].begin, name.words[k + 1].end - name.words[k + 1].begin)
              .starts_with("League"))) {
      continue;
    }
    // A company's "Corporation", which Korean leaves out as often as not (한국전력, Korea Electric
    // Power Corporation; 한국전력공사), as English news does "Corp." and "Co.".
    if (k > 0 && k + 1 == name.words.size() && word == "Corporation") continue;
    const bool last_word_abbreviation =
        k + 1 == name.words.size() && k > 0 && name.words[k].end < en.size() &&
        en[name.words[k].end] != '.' && names::IsTitleAbbreviation(word);
    if (word.size() > 1 &&
        ((!names::IsCommonCapitalizedWord(word) && !common_parts(word)) ||
         last_word_abbreviation)) {
      significant.push_back(word);
    }
  }
  if (significant.empty() && name.words.size() == 1 && !name.starts_sentence) {
    const std::string_view word =
        StripPossessive(en.substr(name.words[0].begin, name.words[0].end - name.words[0].begin));
    if (IsBareInstitutionWord(word)) significant.push_back(word);
  }
  return significant;
}

// The lexicon concepts of `whole`, words of a name from `first_word` on, that `first_word` alone
// does not find.
align::EnglishWordEvidence WholeNameEvidence(std::string_view whole, std::string_view first_word) {
  align::EnglishWordEvidence evidence;
  const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
  const std::string first_lower = AsciiLowerCase(first_word);
  if (!lexicon.StartsEnglishStemOfWords(first_lower)) return evidence;  // Most names: one lookup.
  std::vector<uint32_t> whole_concepts, first_concepts;
  lexicon.EnglishConcepts(AsciiLowerCase(whole), &whole_concepts);
  lexicon.EnglishConcepts(first_lower, &first_concepts);
  for (uint32_t c : whole_concepts) {
    if (std::find(first_concepts.begin(), first_concepts.end(), c) == first_concepts.end()) {
      evidence.concepts.push_back(c);
    }
  }
  return evidence;
}

// The lexicon concepts of a name of several words as a whole (East Sea: 동해; Red Devils: 맨유),
// which none of its words means alone. The lexicon matches stems by prefix, so the whole name
// finds what its first word finds too (Saudi of "Saudi Crown Prince"): only what the first word
// does not find counts. Empty for a name of one word.
align::EnglishWordEvidence MultiwordEvidence(std::string_view en, const names::EnglishName& name) {
  // Not the article that opens a sentence ("The Liberal Democratic Party won").
  const size_t first = name.starts_sentence && name.words.size() > 2 &&
                               en.substr(name.words[0].begin,
                                         name.words[0].end - name.words[0].begin) == "The"
                           ? 1
                           : 0;
  if (name.words.size() < first + 2) return {};
  return WholeNameEvidence(
      en.substr(name.words[first].begin, name.span.end - name.words[first].begin),
      en.substr(name.words[first].begin, name.words[first].end - name.words[first].begin));
}

// The part of `name` (bytes of `en`) a finding quotes and marks: the name without the words
// before it that are no part of it, titles ("President Jalal Talabani", "Foreign Minister Wang Yi")
// and a sentence's first word of the closed classes ("The", "In", "Several"), and without a
// possessive ending on its last word. `significant`: SignificantWords(en, name), which is never cut
// into. A name the lexicon knows whole (South Africa) is quoted whole, and so are the words before
// an "of" ("Secretary of State Rice", "The Shepherd of Hermas").
text::TextSpan QuotedNameSpan(std::string_view en, const names::EnglishName& name,
                              const std::vector<std::string_view>& significant) {
  if (significant.empty()) return name.span;
  static constexpr std::string_view kTitles[] = {
      "President", "Prime",    "Minister", "Secretary", "Chairman", "Director", "Professor",
      "Mayor",     "Governor", "Senator",  "Reverend",  "Former",   "Senior"};
  // Determiners, prepositions, conjunctions and adverbs that open sentences.
  static constexpr std::string_view kFunctionWords[] = {
      "The",     "A",     "An",        "In",      "On",      "At",        "For",      "From",
      "With",    "By",    "To",        "Of",      "After",   "Before",    "Since",    "Until",
      "During",  "Under", "Over",      "About",   "Like",    "But",       "And",      "Or",
      "So",      "Yet",   "If",        "When",    "While",   "As",        "Although", "Though",
      "Because", "Only",  "Even",      "Also",    "Still",   "Now",       "Then",     "Several",
      "Some",    "Many",  "Most",      "Both",    "Each",    "Every",     "All",      "Other",
      "Such",    "This",  "That",      "These",   "Those",   "Meanwhile", "However",  "According",
      "Unlike",  "Among", "Including", "Against", "Without", "Despite"};
  static constexpr std::string_view kOffices[] = {"Foreign",  "Defense", "Defence", "Finance",
                                                  "Interior", "Justice", "Trade",   "Unification"};
  static const auto* titles = new text::WordSet(kTitles);
  static const auto* offices = new text::WordSet(kOffices);
  static const auto* function_words = new text::WordSet(kFunctionWords);
  const auto offset = [&](std::string_view word) {
    return static_cast<uint32_t>(word.data() - en.data());
  };
  const uint32_t first_significant = offset(significant.front());
  text::TextSpan quoted = name.span;
  if (MultiwordEvidence(en, name).concepts.empty()) {
    for (size_t k = 0; k + 1 < name.words.size(); ++k) {
      const text::TextSpan w = name.words[k];
      if (w.end > first_significant || name.words[k + 1].begin != w.end + 1) break;
      const std::string_view word = en.substr(w.begin, w.end - w.begin);
      // An office before a title (Foreign Minister, Defense Secretary).
      const std::string_view next =
          en.substr(name.words[k + 1].begin, name.words[k + 1].end - name.words[k + 1].begin);
      const bool title = titles->contains(word) || IsTitleBeforeName(word) ||
                         names::IsTitleAbbreviation(word) ||
                         (offices->contains(word) && titles->contains(next));
      const bool opens_sentence = k == 0 && name.starts_sentence && function_words->contains(word);
      if (!title && !opens_sentence) break;
      quoted.begin = name.words[k + 1].begin;
    }
  }
  const std::string_view last = significant.back();
  if (offset(last) >= name.words.back().begin && offset(last) < name.words.back().end) {
    quoted.end = offset(last) + static_cast<uint32_t>(last.size());
  }
  return quoted;
}

// The lexicon concepts of a name that begins with a direction (North Gyeongsang, East Sea) with
// the direction turned round (South Gyeongsang, West Sea), when the lexicon knows that name whole;
// empty otherwise.
align::EnglishWordEvidence OppositeDirectionEvidence(std::string_view en,
                                                     const names::EnglishName& name) {
  static constexpr std::pair<std::string_view, std::string_view> kOpposites[] = {
      {"North", "South"}, {"South", "North"}, {"East", "West"}, {"West", "East"}};
  if (name.words.size() < 2) return {};
  const std::string_view first =
      en.substr(name.words[0].begin, name.words[0].end - name.words[0].begin);
  for (const auto& [direction, opposite] : kOpposites) {
    if (first != direction) continue;
    return WholeNameEvidence(
        StrCat(opposite, en.substr(name.words[0].end, name.span.end - name.words[0].end)),
        opposite);
  }
  return {};
}

// Whether the Korean of the pair expresses a lexicon concept of English word evidence
// `evidence`: in the words the aligner read, in the tails of its compounds (국가통계국's 통계국:
// statistics), or in whole words whose last syllable the particle stripper took (경기도).
bool KoreanHasConcept(const PairContext& pair, KoreanSide* korean_side,
                      const align::EnglishWordEvidence& evidence) {
  if (std::any_of(pair.source_features.begin(), pair.source_features.end(),
                  [&](const align::SentenceFeatures* korean) {
                    return align::KoreanExplains(*korean, evidence);
                  })) {
    return true;
  }
  // The compound tails and whole-word places are read only for a word the lexicon knows (most
  // names it does not): each costs lexicon lookups for every word of the Korean.
  if (evidence.concepts.empty()) return false;
  auto in = [&](const std::vector<uint32_t>& sorted) {
    return std::any_of(evidence.concepts.begin(), evidence.concepts.end(), [&](uint64_t c) {
      return std::binary_search(sorted.begin(), sorted.end(), static_cast<uint32_t>(c));
    });
  };
  return in(korean_side->compound_concepts()) || in(korean_side->whole_word_places());
}

// The lower-case name particle (name_matching::IsNameParticle) right before word `word` of `en`, a
// space or a hyphen between (da of "da Silva", al of "al-Maliki"); empty if none. A view into `en`.
std::string_view NameParticleBefore(std::string_view en, std::string_view word) {
  if (word.data() < en.data() || word.data() > en.data() + en.size()) return {};
  const size_t begin = static_cast<size_t>(word.data() - en.data());
  if (begin < 2 || (en[begin - 1] != ' ' && en[begin - 1] != '-')) return {};
  size_t start = begin - 1;
  while (start > 0 && text::IsAsciiLower(en[start - 1])) --start;
  if (start > 0 && text::IsAsciiAlpha(en[start - 1])) return {};
  const std::string_view particle = en.substr(start, begin - 1 - start);
  return name_matching::IsNameParticle(particle) ? particle : std::string_view();
}

// An English word of a name and the Korean word whose transliteration it is: `english`, byte
// offsets into the pair's English; `korean_stem`, a view into the pair's Korean (the word's stem,
// names::HangulWord::stem).
struct TransliteratedWord {
  text::TextSpan english;
  std::string_view korean_stem;
};

// Where English name `name` of sentence `en` begins with one Korea ("South Korean Foreign
// Minister ...", "North Korea") and the Korean names only the other, the first Korean word that
// names the other (a span of `ko`): the lexicon's word for either Korea is "Korea", so the swap
// would otherwise pass. Both sides are read whole and the rule holds back unless the swap is
// plain: the Korean names the other Korea and not this one (South Korea may go without saying in
// Korean news: 정부 is Seoul's government), and the English mentions the other one nowhere.
struct OtherKorea {
  text::TextSpan korean;  // In `ko`.
  bool english_says_north = false;
};
std::optional<OtherKorea> NamesTheOtherKorea(std::string_view en, const names::EnglishName& name,
                                             std::string_view ko) {
  auto word = [&](size_t k) {
    return en.substr(name.words[k].begin, name.words[k].end - name.words[k].begin);
  };
  // Not the article that opens a sentence ("The North Korean leader").
  const size_t at = !name.words.empty() && word(0) == "The" ? 1 : 0;
  if (name.words.size() < at + 2) return std::nullopt;
  const std::string_view first = word(at), second = word(at + 1);
  const bool north = first == "North";
  if ((!north && first != "South") || !second.starts_with("Korea")) return std::nullopt;
  // Korean words for North Korea, bound forms among them (대북 'towards the North', 남북
  // 'inter-Korean', 월북 'crossing into the North'); and for South Korea, explicitly named.
  static constexpr std::string_view kNorthStems[] = {"북한", "북측", "북핵", "탈북", "평양",
                                                     "대북", "방북", "월북", "남북", "북미",
                                                     "북중", "북일", "북러"};
  static constexpr std::string_view kSouthStems[] = {"한국", "남한", "남측", "남북"};
  // The first mention of any of `stems` in the Korean, if any.
  auto first_mention = [&](std::span<const std::string_view> stems) {
    std::optional<text::TextSpan> found;
    for (std::string_view stem : stems) {
      const size_t pos = ko.find(stem);
      if (pos != ko.npos && (!found || pos < found->begin)) {
        found =
            text::TextSpan{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + stem.size())};
      }
    }
    return found;
  };
  const std::optional<text::TextSpan> korean_north = first_mention(kNorthStems);
  const std::optional<text::TextSpan> korean_south = first_mention(kSouthStems);
  const std::optional<text::TextSpan> other_in_korean = north ? korean_south : korean_north;
  if ((north ? korean_north : korean_south) || !other_in_korean) return std::nullopt;
  static constexpr std::string_view kNorthInEnglish[] = {"North Korea", "Pyongyang", "the North"};
  static constexpr std::string_view kSouthInEnglish[] = {"South Korea", "Seoul", "the South"};
  const std::span<const std::string_view> other =
      north ? std::span<const std::string_view>(kSouthInEnglish)
            : std::span<const std::string_view>(kNorthInEnglish);
  if (std::any_of(other.begin(), other.end(),
                  [&](std::string_view w) { return en.find(w) != en.npos; })) {
    return std::nullopt;
  }
  return OtherKorea{*other_in_korean, north};
}

bool KoreaLeftUnnamed(std::string_view word, std::string_view ko);

// Whether English word `word` joins names by a hyphen: a capital after one (Korea-China,
// Korea-U.S.; not Jae-in or Seoul-based, nor a prefix before a name, capitalized as a sentence
// opens: Inter-Korean, Anti-American).
bool NamesJoinedByHyphen(std::string_view word) {
  static constexpr std::string_view kPrefixes[] = {"Inter", "Intra", "Anti", "Pro",  "Pan",
                                                   "Trans", "Post",  "Pre",  "Non",  "Ex",
                                                   "Mid",   "Neo",   "Semi", "Multi"};
  const std::string_view first = word.substr(0, word.find('-'));
  if (std::find(std::begin(kPrefixes), std::end(kPrefixes), first) != std::end(kPrefixes)) {
    return false;
  }
  for (size_t hyphen = word.find('-'); hyphen != std::string_view::npos;
       hyphen = word.find('-', hyphen + 1)) {
    if (hyphen + 1 < word.size() && text::IsAsciiUpper(word[hyphen + 1])) return true;
  }
  return false;
}

// Whether English word `word` names a country a word of `ko` implies without naming it: a visit
// to it (방미 訪美 the U.S., 방중, 방일, 방러, 방한), the United States by its forces (미군,
// 주한미군), North Korea by a crossing into it, a visit there or its leader's titles (월북, 방북,
// 국무위원장, 국방위원장: North, Korea, Pyongyang).
// Not lexicon concepts: as anchors they cost the aligner links (link F1 seed 1 0.9394 -> 0.9361).
bool CountryImpliedByKorean(std::string_view word, std::string_view ko) {
  struct Implied {
    std::span<const std::string_view> english;
    std::span<const std::string_view> korean;
  };
  static constexpr std::string_view kUsEnglish[] = {"American", "Americans", "America", "U.S.",
                                                    "US",       "U.S",       "United",  "States",
                                                    "Washington"};
  static constexpr std::string_view kUsKorean[] = {"미군", "방미"};
  static constexpr std::string_view kNorthEnglish[] = {"North", "Korea", "Korean", "Koreans",
                                                       "Pyongyang"};
  static constexpr std::string_view kNorthKorean[] = {"월북", "방북", "국무위원장", "국방위원장"};
  static constexpr std::string_view kKoreaEnglish[] = {"Korea", "Korean", "Koreans", "Seoul"};
  static constexpr std::string_view kKoreaKorean[] = {"방한", "내한"};
  static constexpr std::string_view kChinaEnglish[] = {"China", "Chinese", "Beijing"};
  static constexpr std::string_view kChinaKorean[] = {"방중"};
  static constexpr std::string_view kJapanEnglish[] = {"Japan", "Japanese", "Tokyo"};
  static constexpr std::string_view kJapanKorean[] = {"방일"};
  static constexpr std::string_view kRussiaEnglish[] = {"Russia", "Russian", "Moscow"};
  static constexpr std::string_view kRussiaKorean[] = {"방러"};
  static constexpr Implied kImplied[] = {{kUsEnglish, kUsKorean},       {kNorthEnglish, kNorthKorean},
                                         {kKoreaEnglish, kKoreaKorean}, {kChinaEnglish, kChinaKorean},
                                         {kJapanEnglish, kJapanKorean}, {kRussiaEnglish, kRussiaKorean}};
  for (const Implied& implied : kImplied) {
    if (std::find(implied.english.begin(), implied.english.end(), word) == implied.english.end()) {
      continue;
    }
    if (std::any_of(implied.korean.begin(), implied.korean.end(),
                    [&](std::string_view k) { return ko.find(k) != std::string_view::npos; })) {
      return true;
    }
  }
  return false;
}

// Whether a Hangul word of the Korean that may be a name ends in a transliteration of English word
// `word`, in two syllables or more (아메리카 of 뱅크오브아메리카 for America; not 하고 of 교환하고
// for Hague).
bool KoreanWordEndsIn(KoreanSide* korean_side, std::string_view word) {
  const LatinForm latin = MakeLatinForm(word, names::kTransliterationMatch);
  for (const names::HangulWord& w : korean_side->words()) {
    if (names::IsOrdinaryKoreanWord(w.stem)) continue;
    for (size_t tail = 0; tail + 2 * kHangulSyllableBytes <= w.stem.size();
         tail += kHangulSyllableBytes) {
      const std::string phonemes = names::HangulPhonemes(w.stem.substr(tail));
      if (names::PhonemesMatch(phonemes, names::PhonemeWeight(phonemes), latin.phonemes,
                               latin.weight, latin.threshold)) {
        return true;
      }
    }
  }
  return false;
}

// Notes `word`, an English name word whose lexicon concepts (`evidence`) the pair's Korean has, as
// the house spelling of the names among them (DocumentNotes::known_name_renderings); once a pair.
void NoteKnownNameRendering(const PairContext& pair, std::string_view word,
                            const align::EnglishWordEvidence& evidence) {
  if (pair.notes == nullptr) return;
  const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
  std::vector<uint32_t> names;
  for (uint64_t c : evidence.concepts) {
    if (lexicon.IsName(static_cast<uint32_t>(c))) names.push_back(static_cast<uint32_t>(c));
  }
  if (names.empty()) return;
  // Pairs are checked in order: this pair's renderings are the last ones.
  std::vector<DocumentNotes::KnownNameRendering>& noted = pair.notes->known_name_renderings;
  for (auto it = noted.rbegin(); it != noted.rend() && it->pair_index == pair.pair_index; ++it) {
    if (it->english == word) return;
  }
  noted.push_back({pair.pair_index, std::string(word), std::move(names)});
}

// `significant`: SignificantWords(en, name). Appends to `transliterated` the name's single words
// a transliteration explains.
bool NameExplained(std::string_view en, const names::EnglishName& name,
                   const std::vector<std::string_view>& significant, const PairContext& pair,
                   KoreanSide* korean_side, EnglishSide* english_side,
                   std::vector<TransliteratedWord>* transliterated) {
  const std::string_view ko = pair.source->text();
  const std::string initials = Initials(en, name);
  if (initials.size() >= 2 && ContainsWord(ko, initials)) return true;
  // A Korean's name in it (Lee Chang-yang: a surname, a hyphenated given name) is romanized, not
  // transliterated: matched by a Korean name of the sentence as a person's name, with or without
  // a title after it (안덕근 장관, 신동엽과), never by a word that sounds like its parts by chance
  // (이어질 for Lee, 장관 for Chang-yang).
  const std::optional<text::TextSpan> korean_person = KoreanSurnameAndGivenName(en, name);
  bool korean_person_matched = false;
  if (korean_person) {
    const std::vector<names::PersonNameMatch>& candidates = korean_side->listed_name_matches(en);
    korean_person_matched =
        std::any_of(candidates.begin(), candidates.end(), [&](const names::PersonNameMatch& match) {
          return match.outcome == names::PersonNameMatch::Outcome::kMatched &&
                 match.english_span.begin < korean_person->end &&
                 korean_person->begin < match.english_span.end;
        });
  }
  auto in_korean_person = [&](text::TextSpan covered) {
    return korean_person && covered.begin < korean_person->end &&
           korean_person->begin < covered.end;
  };
  // A name of several words the lexicon knows whole (East Sea: 동해); not a run of an owner's
  // name and another ("Real Madrid's Jude Bellingham"), whose start alone the lexicon knows: the
  // words after the owner's are names of their own, looked at below.
  const align::EnglishWordEvidence multiword = MultiwordEvidence(en, name);
  const bool owner_inside =
      std::any_of(name.words.begin(), name.words.end() - 1, [&](const text::TextSpan& w) {
        const std::string_view word = en.substr(w.begin, w.end - w.begin);
        return StripPossessive(word).size() < word.size();
      });
  // But a last word that is a name of its own after a stem the words before it make (Peru of
  // "Grand Prix Peru": the lexicon's stems match by prefix) needs a counterpart of its own.
  bool name_after_stem = false;
  if (!multiword.concepts.empty() && !owner_inside &&
      KoreanHasConcept(pair, korean_side, multiword)) {
    const size_t n = name.words.size();
    if (n >= 3) {
      const std::string_view last = StripPossessive(
          en.substr(name.words[n - 1].begin, name.words[n - 1].end - name.words[n - 1].begin));
      const std::string_view first =
          en.substr(name.words[0].begin, name.words[0].end - name.words[0].begin);
      // Or a name after "of" that is no common word (the Silicon Valley of India: "Silicon Valley
      // of Tayyip" for 인도의 실리콘밸리).
      const std::string_view between =
          en.substr(name.words[n - 2].end, name.words[n - 1].begin - name.words[n - 2].end);
      const bool name_after_of = between == " of " && !names::IsEnglishDictionaryWord(last);
      name_after_stem =
          (name_after_of || HasNameConcept(english_side->Evidence(last))) &&
          !WholeNameEvidence(
               en.substr(name.words[0].begin, name.words[n - 2].end - name.words[0].begin), first)
               .concepts.empty();
    }
    if (!name_after_stem) return true;
  }
  // The other half of a place split by direction (South Gyeongsang for 경북, West Sea for 동해),
  // which the rest of the name would pass for (Gyeongsang; 경상 begins 경상북도).
  if (!multiword.concepts.empty()) {
    const align::EnglishWordEvidence opposite = OppositeDirectionEvidence(en, name);
    if (!opposite.concepts.empty() && KoreanHasConcept(pair, korean_side, opposite)) return false;
  }
  // `joined`: several words run together, which only a transliteration can explain (the lexicon
  // matches stems by prefix, so "PresidentThai" would pass as "president").
  // The span of `en` a word of it covers, from `first` to `last` for words run together.
  auto covering = [&](std::string_view first, std::string_view last) {
    return text::TextSpan{static_cast<uint32_t>(first.data() - en.data()),
                          static_cast<uint32_t>(last.data() + last.size() - en.data())};
  };
  // `covered`: the words of `en` that make up `word`.
  auto explain_form = [&](std::string_view word, bool joined, text::TextSpan covered) {
    // A word of parts the Korean writes in Latin letters as they are (Zanu-PF, Rolls-Royce), which
    // the Latin names' evidence, split at the hyphen, misses.
    if (!joined && word.find_first_of("-'") != std::string_view::npos && ContainsWord(ko, word)) {
      return true;
    }
    // Whether the lexicon knows the word as a name (a place, people or institution); the Korean
    // then does not have that name, or it would be explained here.
    bool english_known_name = false;
    if (!joined) {
      const align::EnglishWordEvidence& evidence = english_side->Evidence(word);
      // Not names joined by a hyphen (Korea-China), whose first alone the lexicon's stems find:
      // each is looked for by itself (below).
      if (!NamesJoinedByHyphen(word) && KoreanHasConcept(pair, korean_side, evidence)) {
        NoteKnownNameRendering(pair, word, evidence);
        return true;
      }
      if (KoreanHasKind(korean_side, word) || korean_side->NamesBySurname(word)) return true;
      english_known_name = HasNameConcept(evidence);
    }
    // A Korean word another English word of the sentence renders more closely is that word's
    // (맥케인 is McCain's, not Morgan's; 아크바르 is Akbar's, not RheeAkbar's), and so is one a
    // lower-case word translates (리히터 is "magnitude", not Ricardo). Words run together
    // are contested by their own words as well: a Korean word one of them renders more closely
    // alone is that one's (멜버른행 is Melbourne's, not "MelbourneThai"'s, in "Melbourne-bound
    // Thai jet"), and the other word has no counterpart.
    if (in_korean_person(covered)) return false;
    // Asked of the few Korean words that sound like it only.
    std::optional<bool> common_word;
    const LatinForm latin = MakeLatinForm(word, names::kTransliterationMatch);
    const text::TextSpan contested_outside = joined ? text::TextSpan{0, 0} : covered;
    const HangulForm* form =
        korean_side->FirstTransliterationOf(latin, [&](const HangulForm& h, double similarity) {
          // A known name is no transliteration of another the lexicon knows by a native Korean
          // word, which English romanizes: two such names alike in sound are two places (Chungju
          // and 청주 Cheongju, Ansan and 아산 Asan). A transliterated name the lexicon knows is
          // compared as any (아세안 ASEAN, which "Asian" echoes in "Association of Southeast Asian
          // Nations").
          if (english_known_name && name_matching::IsNativeKnownName(h.stem)) return true;
          // Nor, unless nearly alike, of another name the lexicon knows (the lexicon would have
          // matched the two were they one): "Koreas" is not 그리스 (Greece, 0.76), Australia not
          // 오스트리아 (Austria, 0.78); "Asian" may echo 아세안 (0.92).
          // A place at the head of a compound too (파리 of 파리올림픽: "Peru Olympics").
          if (english_known_name && similarity < kKnownNamesAlikeMatch &&
              (name_matching::IsKnownName(h.stem) ||
               (h.head_size > 0 && name_matching::IsKnownName(h.head())))) {
            return true;
          }
          // Nor is a common English word a transliteration of a name the lexicon knows, whose
          // English it has: "Quality" and 그리스 (Greece) are alike by chance.
          if (!common_word) common_word = !joined && name_matching::IsCommonWordOfNoKnownName(word);
          if (*common_word && name_matching::IsKnownName(h.stem)) return true;
          // A famous person's surname the Korean word renders nearly exactly is what it says,
          // and a word that renders it only loosely is another name (Bassett for 베선트, 0.70,
          // which reads Bessent; Takahashi for 다카이치).
          if (similarity < kUncontestedMatch && name_matching::RendersAFamousSurname(h, word)) {
            return true;
          }
          // A close likeness is taken as it is: another word would have to come closer still.
          // But a native word the English translates in lower case is that word's however close
          // it comes (여러 "several", not Yellow).
          if (similarity >= kUncontestedMatch) {
            return !h.known_name && !name_matching::StemMayBeName(h) &&
                   english_side->ExpressesInLowerCase(h.stem);
          }
          return english_side->ExpressesInLowerCase(h.stem) ||
                 english_side->RendersMoreClosely(h, similarity, contested_outside) ||
                 (names::IsKoreanDictionaryWord(h.stem) &&
                  english_side->RendersInLowerCase(h, std::max(similarity, kUncontestedMatch)));
        });
    // A name a transliteration renders, noted for the document's consistency check: single
    // words of the English text only (not joined runs or stripped forms), Korean words that may
    // be names only (not native words that come close by chance).
    const bool word_of_en =
        word.data() >= en.data() && word.data() + word.size() <= en.data() + en.size();
    if (form != nullptr && !joined && word_of_en) {
      const auto begin = static_cast<uint32_t>(word.data() - en.data());
      transliterated->push_back(
          {{begin, begin + static_cast<uint32_t>(word.size())}, form->stem});
    }
    if (form != nullptr && !joined && pair.notes != nullptr && word_of_en &&
        (form->known_name || name_matching::StemMayBeName(*form))) {
      const size_t target_begin = static_cast<size_t>(word.data() - en.data());
      const size_t source_begin = static_cast<size_t>(form->stem.data() - ko.data());
      pair.notes->name_spellings.push_back(
          {std::string(names::StripNameSuffix(form->stem)), std::string(word), pair.pair_index,
           pair.source->ToDocument({static_cast<uint32_t>(source_begin),
                                    static_cast<uint32_t>(source_begin + form->stem.size())}),
           pair.target->ToDocument({static_cast<uint32_t>(target_begin),
                                    static_cast<uint32_t>(target_begin + word.size())})});
    }
    if (form != nullptr) return true;
    // A Korean place as English writes it, romanized (Haeundae for 해운대구): a whole word of the
    // English only, not one with an ending taken off or words run together.
    const size_t end = static_cast<size_t>(word.data() - en.data()) + word.size();
    return word_of_en && (end == en.size() || !text::IsAsciiAlpha(en[end])) &&
           korean_side->HasRomanization(word, /*other_known_names_excluded=*/english_known_name);
  };
  // The same word comes up again as the words before each run tried together are explained once
  // more, and a pair of words run together is tried as a pair and as the name's last two: each
  // asked once (a transliteration's search goes through every word of the Korean).
  struct Asked {
    std::string word;
    bool joined;
    text::TextSpan covered;
    bool explained;
  };
  std::vector<Asked> asked;
  auto explained_by_form = [&](std::string_view word, bool joined, text::TextSpan covered) {
    for (const Asked& a : asked) {
      if (a.joined == joined && a.covered.begin == covered.begin &&
          a.covered.end == covered.end && a.word == word) {
        return a.explained;
      }
    }
    bool explained = explain_form(word, joined, covered);
    // Korean marks no plural on a name (뉴요커들 New Yorkers): a run's plural without its s, of a
    // people's endings only (Yorkers, Parisians, Muscovites; not Harris, whose "VladimirHarri"
    // passed for 블라디미르 alone). A single word has its endings tried by explained_by_korean.
    static constexpr std::string_view kPluralsOfPeople[] = {"ers", "ans", "ites", "ists", "nos"};
    if (!explained && joined && word.size() > 4 &&
        std::any_of(std::begin(kPluralsOfPeople), std::end(kPluralsOfPeople),
                    [&](std::string_view ending) { return word.ends_with(ending); })) {
      explained = explain_form(word.substr(0, word.size() - 1), joined, covered);
    }
    asked.push_back({std::string(word), joined, covered, explained});
    return explained;
  };
  // Words of a name from its second on that the lexicon knows together, and the Korean has
  // (Grand Prix: 그랑프리, in "the Japanese Grand Prix", whose "Grand" alone is no significant
  // word): each has its counterpart. The name's first word opening such words is looked at above.
  // Found on first need: most names are explained before.
  std::optional<std::vector<text::TextSpan>> lexicon_runs;
  auto in_lexicon_run = [&](std::string_view word) {
    if (!lexicon_runs) {
      lexicon_runs.emplace();
      const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
      for (size_t k = 1; k + 1 < name.words.size(); ++k) {
        const std::string_view first =
            en.substr(name.words[k].begin, name.words[k].end - name.words[k].begin);
        if (!lexicon.StartsEnglishStemOfWords(AsciiLowerCase(first))) continue;
        const align::EnglishWordEvidence together = WholeNameEvidence(
            en.substr(name.words[k].begin, name.span.end - name.words[k].begin), first);
        if (!together.concepts.empty() && KoreanHasConcept(pair, korean_side, together)) {
          lexicon_runs->push_back({name.words[k].begin, name.span.end});
        }
      }
    }
    const text::TextSpan covered = covering(word, word);
    return std::any_of(lexicon_runs->begin(), lexicon_runs->end(), [&](text::TextSpan run) {
      return run.begin <= covered.begin && covered.end <= run.end;
    });
  };
  // A demonym or adjective names its place (Jordanian, Iraqi, Korean, Japanese): Korean says
  // 요르단 사람, 이라크의, 한국.
  auto explained_by_korean = [&](std::string_view word) {
    if (in_lexicon_run(word) || CountryImpliedByKorean(word, ko)) return true;
    const text::TextSpan covered = covering(word, word);
    if (explained_by_form(word, /*joined=*/false, covered)) return true;
    // Without the Arabic article, which Korean leaves out as often as not (al-Sadr: 사드르).
    if (const size_t article = names::ArabicArticleLength(word);
        article > 0 && explained_by_form(word.substr(article), /*joined=*/false, covered)) {
      return true;
    }
    // With the particle before it, or the two (von der, de la), as Korean writes them together
    // (다시우바 da Silva, 폰데어라이엔 von der Leyen).
    if (const std::string_view particle = NameParticleBefore(en, word); !particle.empty()) {
      if (explained_by_form(StrCat(particle, word), /*joined=*/true, covering(particle, word))) {
        return true;
      }
      if (const std::string_view first = NameParticleBefore(en, particle);
          !first.empty() && explained_by_form(StrCat(first, particle, word), /*joined=*/true,
                                              covering(first, word))) {
        return true;
      }
    }
    for (std::string_view suffix : kDerivedEndings) {
      // A demonym's bare n follows a place's final a (Korean, Kenyan, Russian): Berlin is no
      // "Berli", which would echo 파리 (Paris).
      if (suffix == "n" && (word.size() < 2 || word[word.size() - 2] != 'a')) continue;
      if (word.size() >= suffix.size() + 3 && word.substr(word.size() - suffix.size()) == suffix &&
          explained_by_form(word.substr(0, word.size() - suffix.size()), /*joined=*/false,
                            covered)) {
        return true;
      }
    }
    // A name whose own final s English writes as a possessive's (Schwan's 슈완스): the word with
    // its s, as a transliteration only.
    if (word.data() >= en.data() && word.data() + word.size() <= en.data() + en.size()) {
      const std::string_view after =
          en.substr(static_cast<size_t>(word.data() - en.data()) + word.size());
      if ((after.substr(0, 2) == "'s" || after.substr(0, 4) == "’s") &&
          explained_by_form(StrCat(word, "s"), /*joined=*/true, covered)) {
        return true;
      }
    }
    // A Chinese surname alone ("President Xi" for 시진핑).
    if (significant.size() == 1 && word.size() <= kLongestSurname &&
        korean_side->HasWholeNameWithSurname(
            MakeLatinForm(word, name_matching::kSurnameOfWholeNameMatch))) {
      return true;
    }
    // Names joined by hyphens (Korea-Vietnam for 한-베트남, Korea-China-Japan for 한·중·일): each
    // has its counterpart, Korea in the bound 한 of such a pair too. A last part of one letter is
    // an acronym's first, its dots cut off (Korea-U.S.), looked for by the lexicon only.
    const bool in_en =
        word.data() >= en.data() && word.data() + word.size() <= en.data() + en.size();
    if (in_en && NamesJoinedByHyphen(word)) {
      std::vector<std::string_view> hyphen_parts;
      for (size_t from = 0;;) {
        const size_t hyphen = word.find('-', from);
        hyphen_parts.push_back(word.substr(
            from, hyphen == std::string_view::npos ? std::string_view::npos : hyphen - from));
        if (hyphen == std::string_view::npos) break;
        from = hyphen + 1;
      }
      auto part_explained = [&](std::string_view part) {
        if (part.empty() || !text::IsAsciiUpper(part[0])) return false;
        if (KoreaLeftUnnamed(part, ko)) return true;
        if (part.size() > 1) return explained_by_form(part, /*joined=*/false, covering(part, part));
        size_t end = static_cast<size_t>(part.data() - en.data()) + 1;
        while (end + 1 < en.size() && en[end] == '.' && text::IsAsciiUpper(en[end + 1])) end += 2;
        const std::string_view acronym =
            en.substr(static_cast<size_t>(part.data() - en.data()),
                      end - static_cast<size_t>(part.data() - en.data()));
        return acronym.size() > 1 &&
               KoreanHasConcept(pair, korean_side, english_side->Evidence(Undotted(acronym)));
      };
      if (std::all_of(hyphen_parts.begin(), hyphen_parts.end(), part_explained)) return true;
    }
    // A name of words written together in capitals (MobileSphere, PlayStation), which Korean
    // writes as words apart (모바일 스피어): each of its words has a counterpart.
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (size_t i = 1; i < word.size(); ++i) {
      if (text::IsAsciiUpper(word[i]) && text::IsAsciiLower(word[i - 1])) {
        parts.push_back(word.substr(start, i - start));
        start = i;
      }
    }
    if (parts.empty()) return false;
    parts.push_back(word.substr(start));
    // A part in capitals may be the Latin the Korean writes it with (SpaceX: 스페이스X).
    return std::all_of(parts.begin(), parts.end(), [&](std::string_view part) {
      const bool capitals = std::all_of(part.begin(), part.end(), text::IsAsciiUpper);
      return (part.size() >= 3 && explained_by_form(part, /*joined=*/false, covered)) ||
             (capitals && ContainsWord(ko, part));
    });
  };
  // Every significant word must be matched, the last (a surname, a place) first. An unmatched
  // first name makes the name unexplained like any other word; the caller reports it only when the
  // Korean has an unmatched name of its own (버락 for "Mugabe Obama"), not when Korean merely
  // leaves the first name out (무가베 for "Robert Mugabe").
  std::string all_joined;
  for (const text::TextSpan& w : name.words) {
    all_joined += NamePart(StripPossessive(en.substr(w.begin, w.end - w.begin)));
  }
  // The words of the stem are the name the lexicon knows, which the Korean has; the place after
  // them has its own counterpart or none.
  if (name_after_stem) {
    return explained_by_korean(StripPossessive(
        en.substr(name.words.back().begin, name.words.back().end - name.words.back().begin)));
  }
  // Only titles, months and the like; but a name the lexicon knows whole, all of whose words are
  // such words (the Justice Party: 정의당), was looked for above and is not in the Korean.
  if (significant.empty()) return !HasNameConcept(multiword);
  // Words run together as Korean writes them (뉴욕 New York).
  auto joined_with = [&](size_t a, size_t b) {
    return explained_by_form(StrCat(significant[a], significant[b]), /*joined=*/true,
                             covering(significant[a], significant[b]));
  };
  // Words the document also writes in lower case describe ("Tropical Storm Dolly") and need no
  // counterpart.
  auto ordinary = [&](std::string_view word) {
    return (pair.target_word_cases != nullptr && pair.target_word_cases->InLowerCase(word)) ||
           (korean_person_matched && in_korean_person(covering(word, word)));
  };
  // Whether the lexicon knows `word` as a name (a place, people or institution).
  auto known_name = [&](std::string_view word) {
    return HasNameConcept(english_side->Evidence(word));
  };
  // Whether the significant words before `end` each have a counterpart, alone or run together
  // with a neighbour; not a name the lexicon knows run together ("Kenya Delhi" for 뉴델리, whose
  // 뉴 Kenya's "nya" echoes): Korean writes that name its own way (케냐). But a direction or New,
  // which Korean transliterates with the name after it (이스트예루살렘 East Jerusalem; East is
  // the lexicon's for 중동, the Middle East).
  auto joins_no_name = [&](std::string_view word) {
    static constexpr std::string_view kTransliteratedWithNext[] = {"East", "West", "North", "South",
                                                                   "New"};
    return known_name(word) &&
           std::find(std::begin(kTransliteratedWithNext), std::end(kTransliteratedWithNext),
                     word) == std::end(kTransliteratedWithNext);
  };
  auto words_before_explained = [&](size_t end) {
    for (size_t k = 0; k < end; ++k) {
      if (!ordinary(significant[k]) && !explained_by_korean(significant[k]) &&
          (joins_no_name(significant[k]) ||
           (!(k + 1 < significant.size() && joined_with(k, k + 1)) &&
            !(k > 0 && joined_with(k - 1, k))))) {
        return false;
      }
    }
    return true;
  };
  if (explained_by_korean(significant.back()) && words_before_explained(significant.size() - 1)) {
    return true;
  }
  // Korean writes a name of several words as one (로스앤젤레스 Los Angeles, 훈센 Hun Sen): the last
  // two and three significant words joined, the words before them each explained; and the whole
  // run.
  // Not after a word the lexicon knows as a name (Samsung of "Samsung Kenya"): Korean writes that
  // word its own way, and the run would only let the next word ride on the rest of a compound
  // (삼성전자's 전자 for Kenya).
  // Nor ending in a name the lexicon knows that the Korean does not have (Cairo of "Bukchon Hanok
  // Cairo" for 북촌한옥마을): Korean writes that name its own way (카이로), and the run would only
  // let it ride on the words before it (Cairo on 마을). The name itself, not a word longer than
  // the stem that finds it (Yorkers, of New Yorkers: 뉴요커), which the run may render; nor one a
  // Korean word ends in transliterated (America of "Bank of America": 뱅크오브아메리카).
  const std::string_view last = significant.back();
  const bool ends_in_absent_known_name =
      known_name(last) && !known_name(last.substr(0, last.size() - 1)) &&
      !KoreanHasConcept(pair, korean_side, english_side->Evidence(last)) &&
      !KoreanWordEndsIn(korean_side, last);
  // A run of three words or more whose words but the last render a Korean word whole already
  // (SiliconValley: 실리콘밸리) is no rendering of the last: a long run's likeness absorbs a word
  // more ("SiliconValleyTayyip", 0.72, for "the Silicon Valley of Tayyip"). Not where the shorter
  // run renders a part of the word only (NihonKeizai: 니혼게이자이 of 니혼게이자이신문, whose 신문
  // Shimbun renders).
  auto rendered_without_last = [&](size_t first_k) {
    if (significant.size() - first_k < 3) return false;
    std::string shorter;
    for (size_t k = first_k; k + 1 < significant.size(); ++k) shorter += significant[k];
    const HangulForm* whole_word = korean_side->FirstTransliterationOf(
        MakeLatinForm(shorter, names::kTransliterationMatch),
        [](const HangulForm& h, double) { return names::HangulPhonemes(h.stem) != h.phonemes; });
    return whole_word != nullptr;
  };
  std::string joined(significant.back());
  for (size_t k = 2; k <= std::min<size_t>(3, significant.size()) && !ends_in_absent_known_name;
       ++k) {
    if (known_name(significant[significant.size() - k])) break;
    joined.insert(0, significant[significant.size() - k]);
    if (explained_by_form(joined, /*joined=*/true,
                          covering(significant[significant.size() - k], significant.back())) &&
        words_before_explained(significant.size() - k) &&
        !rendered_without_last(significant.size() - k)) {
      return true;
    }
  }
  if (name.words.size() > 1 && joined != all_joined && !ends_in_absent_known_name &&
      std::none_of(significant.begin(), significant.end() - 1, known_name) &&
      explained_by_form(all_joined, /*joined=*/true, name.span) && !rendered_without_last(0)) {
    return true;
  }
  // A Chinese or Korean person known by an English given name before the surname (Jack Ma for
  // 마윈, Bom Kim for 김범석): the Korean gives the person's own whole name, which the surname
  // begins, and has nothing for the English given name. Not a Korean given name, hyphenated
  // (Ha-kyung Kim), which the Korean name must match. The name's last two words, after words
  // that have their counterparts ("Coupang Chairman Bom Kim").
  const size_t n = significant.size();
  if (n < 2 || significant[n - 1].size() > kLongestSurname ||
      significant[n - 2].find('-') != std::string_view::npos || !words_before_explained(n - 2)) {
    return false;
  }
  const std::string_view surname = significant[n - 1];
  const std::vector<names::KoreanPersonName>& listed = korean_side->listed_names();
  const bool korean_surname =
      std::any_of(listed.begin(), listed.end(), [&](const names::KoreanPersonName& person) {
        // Not a title that begins like a name (차관보 an assistant secretary: Victor Cha).
        if (names::TitleFollows(StrCat(person.surname, person.given))) return false;
        const std::vector<std::string_view>& spellings = names::SurnameSpellings(person.surname);
        return std::find(spellings.begin(), spellings.end(), surname) != spellings.end();
      });
  return korean_surname || korean_side->HasWholeNameWithSurname(
                               MakeLatinForm(surname, name_matching::kSurnameOfWholeNameMatch),
                               /*east_asian_only=*/true);
}

// Whether the Korean of the pair has English word `x` (`evidence` its lexicon evidence, `x_form`
// its sound): a lexicon concept or the same Latin text (KoreanExplains), a kind the Korean names
// (KoreanHasKind), or a word it transliterates.
bool KoreanHasEnglishWord(std::string_view x, const align::EnglishWordEvidence& evidence,
                          const LatinForm& x_form, const PairContext& pair,
                          KoreanSide* korean_side) {
  return std::any_of(pair.source_features.begin(), pair.source_features.end(),
                     [&](const align::SentenceFeatures* korean) {
                       return align::KoreanExplains(*korean, evidence);
                     }) ||
         KoreanHasKind(korean_side, x) || korean_side->FirstTransliterationOf(x_form) != nullptr;
}

// The form of Hangul word `stem` as a known name (StemMayBeName, which reads `before`, is never
// asked), `after` the Korean text after it; none for a stem without Hangul.
std::optional<HangulForm> KnownNameForm(std::string_view stem, std::string_view after) {
  std::string phonemes = names::HangulPhonemes(stem);
  if (phonemes.empty()) return std::nullopt;
  const double weight = names::PhonemeWeight(phonemes);
  return HangulForm{std::move(phonemes), weight,         stem,
                    /*known_name=*/true, after,          /*before=*/{},
                    /*may_be_name=*/-1,  /*head_size=*/0};
}

// Whether no word of the English renders Korean form `h`: no capitalized word that may be a name
// transliterates it (a title's sound is no rendering: Secretary and 스콧), no lower-case one
// translates it.
bool EnglishRendersNowhere(const HangulForm& h, EnglishSide* english_side) {
  return !english_side->RendersAsAName(h) && !english_side->ExpressesInLowerCase(h.stem);
}

// Whether English word `x` and Korean word `a`, each before the words a transliteration matched
// (`surname`, the Korean one; `after_a`, the Korean text after `a`), are two different names
// neither of which has a counterpart anywhere in the pair: GivenNameMismatch's test of the words
// themselves, whatever their places. `x_possessive`: the English writes x with 's (Iraq's);
// `marked_as_a_name`: a middle initial or a Korean title marks the words as a person's name.
bool GivenNamesDiffer(std::string_view x, bool x_possessive, std::string_view a,
                      std::string_view surname, bool marked_as_a_name, std::string_view after_a,
                      const PairContext& pair, KoreanSide* korean_side, EnglishSide* english_side) {
  // The usual case, asked before the costlier tests: the English word renders the Korean one.
  const std::optional<HangulForm> a_form = KnownNameForm(a, after_a);
  if (!a_form) return false;
  const HangulForm& form = *a_form;
  const LatinForm x_form = MakeLatinForm(x, names::kTransliterationMatch);
  // A verb's form may stand before a name (돌아온 오바마), but a bare stem never stands alone: one
  // written as a word of its own before a surname is a given name (조지 스테파노풀로스, 조지다).
  if (name_matching::Transliterates(form, x_form) ||
      (names::IsKoreanPredicateForm(a) && !names::IsVerbStem(a))) {
    return false;
  }
  // A surname that is a dictionary word as well (부시 Bush) only where something marks the words
  // as a person's name: a loanword matches its English word in any phrase (머리 스카프 "Head
  // Scarf").
  if (names::IsKoreanDictionaryWord(surname) && !marked_as_a_name) return false;
  const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
  std::vector<uint32_t> concepts;
  lexicon.KoreanConcepts(a, &concepts);
  if (!concepts.empty()) return false;
  // One of the two must be plainly a name: a word that may be one in Korean (에후드), or one the
  // English document never writes in lower case (Chelsea). Two ordinary words are a description
  // in each language.
  if (!MayBeName(a) && pair.target_word_cases != nullptr &&
      pair.target_word_cases->InLowerCase(x)) {
    return false;
  }
  // A people's or place's adjective, a party's member or a place's possessive describes the person
  // (Palestinian Abbas, Democrat Obama, Iraq's Hussein), whatever the Korean says; a place or a
  // people's plural does not stand so before a name ("York Hussein", "Kurds Hussein").
  const align::EnglishWordEvidence evidence = align::EvidenceForEnglishWord(x);
  if ((HasNameConcept(evidence) && (x_possessive || IsAdjectiveOfAPeople(x))) || IsPartyMember(x)) {
    return false;
  }
  // Neither has a counterpart: no other capitalized English word renders the Korean one, nor
  // a lower-case one translates it; nothing in the Korean renders or translates the English one.
  if (!EnglishRendersNowhere(form, english_side) ||
      KoreanHasEnglishWord(x, evidence, x_form, pair, korean_side)) {
    return false;
  }
  return true;
}

// Whether English word `x` (at `x_span` of the pair's English, its possessive taken off) may
// stand for a part of a person's name: capitalized as a name is (not in capitals), three letters
// or more, no title before a name, and no word a transliteration matched.
bool MayStandForANamePart(std::string_view x, text::TextSpan x_span,
                          const std::vector<TransliteratedWord>& transliterated) {
  return x.size() >= 3 && text::IsAsciiUpper(x[0]) &&
         std::all_of(x.begin() + 1, x.end(), [](char c) { return text::IsAsciiLower(c); }) &&
         !IsTitleBeforeName(x) &&
         std::none_of(transliterated.begin(), transliterated.end(),
                      [&](const TransliteratedWord& t) { return t.english.begin == x_span.begin; });
}

// A NAME_MISMATCH finding on the names at `english_in_pair` and `korean_in_pair` (spans in the
// pair's texts) saying `message`; none where one of `reported` covers either name.
std::optional<Finding> UncoveredNameFinding(const PairContext& pair, text::TextSpan english_in_pair,
                                            text::TextSpan korean_in_pair, std::string message,
                                            const std::vector<Finding>& reported) {
  const text::TextSpan english = pair.target->ToDocument(english_in_pair);
  const text::TextSpan korean = pair.source->ToDocument(korean_in_pair);
  const bool covered = std::any_of(reported.begin(), reported.end(), [&](const Finding& f) {
    return f.pair_index == pair.pair_index &&
           (AnyOverlaps(f.target_spans, english) || AnyOverlaps(f.source_spans, korean));
  });
  if (covered) return std::nullopt;
  Finding f;
  f.pair_index = pair.pair_index;
  f.code = codes::kNameMismatch;
  f.severity = Severity::kMajor;
  f.category = MqmCategory::kMistranslation;
  f.message = std::move(message);
  f.source_spans.push_back(korean);
  f.target_spans.push_back(english);
  return f;
}

// The finding for a person's name one of whose parts the English renders as another word:
// `english_in_pair` and `korean_in_pair` the whole names (spans in the pair's texts),
// `korean_part` the Korean word the English `english_part` stands in for. None where one of
// `reported` covers either name.
std::optional<Finding> NamePartMismatch(const PairContext& pair, text::TextSpan english_in_pair,
                                        text::TextSpan korean_in_pair, std::string_view korean_part,
                                        std::string_view english_part,
                                        const std::vector<Finding>& reported) {
  const std::string_view ko = pair.source->text(), en = pair.target->text();
  return UncoveredNameFinding(
      pair, english_in_pair, korean_in_pair,
      StrCat("English has \"", Quote(en, english_in_pair), "\"; the Korean has ",
             Quote(ko, korean_in_pair), ", whose ", korean_part, " (",
             names::RomanizeHangul(korean_part), ") is not \"", english_part, "\""),
      reported);
}

// A famous person's given name, which English adds where Korean names the person by surname
// alone (무가베 대통령 "President Robert Mugabe"): another given name `x` (at `x_span` of the
// pair's English) before the surname `match` matched is a name put in its place ("President Ross
// Mugabe"), unless the Korean has it (로스 무가베) or it is an ordinary word, or a people's,
// place's or party's word the lexicon knows describing the person ("Citizen Trump", "Zimbabwean
// Mugabe", "Republican Trump"; not IsAdjectiveOfAPeople's endings, which Ross has). None where
// one of `reported` covers either name.
std::optional<Finding> FamousGivenNameMismatch(const TransliteratedWord& match, std::string_view x,
                                               text::TextSpan x_span, const PairContext& pair,
                                               KoreanSide* korean_side,
                                               const std::vector<Finding>& reported) {
  const std::string_view ko = korean_side->text(), en = pair.target->text();
  const std::string_view surname =
      StripPossessive(en.substr(match.english.begin, match.english.end - match.english.begin));
  if (!names::IsFamousSurname(surname) || names::IsFamousGivenName(surname, x) ||
      names::IsEnglishDictionaryWord(x) || IsPartyMember(x) ||
      (pair.target_word_cases != nullptr && pair.target_word_cases->InLowerCase(x))) {
    return std::nullopt;
  }
  const align::EnglishWordEvidence evidence = align::EvidenceForEnglishWord(x);
  if (HasNameConcept(evidence) ||
      KoreanHasEnglishWord(x, evidence, MakeLatinForm(x, names::kTransliterationMatch), pair,
                           korean_side)) {
    return std::nullopt;
  }
  const text::TextSpan english_in_pair{x_span.begin, match.english.end};
  const size_t korean_begin = static_cast<size_t>(match.korean_stem.data() - ko.data());
  const text::TextSpan korean_in_pair{
      static_cast<uint32_t>(korean_begin),
      static_cast<uint32_t>(korean_begin + match.korean_stem.size())};
  return UncoveredNameFinding(
      pair, english_in_pair, korean_in_pair,
      StrCat("English has \"", Quote(en, english_in_pair), "\"; the Korean has ",
             Quote(ko, korean_in_pair), " (", names::RomanizeHangul(match.korean_stem),
             "), and no ", surname, " the news names is called \"", x, "\""),
      reported);
}

// GivenNamesDiffer's answer for two words before a surname.
struct GivenNameVerdict {
  std::string_view x, a, surname;
  bool x_possessive, marked_as_a_name;
  bool differ;
};

// GivenNameMismatch's test of English word `x` (at `x_span`; `before_x` the name's word before it,
// if any; `initial_before`: a middle initial stands between x and the surname) against the Korean
// word before the surname `match` matched.
std::optional<Finding> KoreanGivenNameMismatch(const TransliteratedWord& match, std::string_view x,
                                               text::TextSpan x_span, std::string_view before_x,
                                               bool initial_before,
                                               const std::vector<names::KoreanPersonName>& persons,
                                               const PairContext& pair, KoreanSide* korean_side,
                                               EnglishSide* english_side,
                                               const std::vector<Finding>& reported,
                                               std::vector<GivenNameVerdict>* verdicts) {
  const std::string_view ko = korean_side->text(), en = pair.target->text();
  // The Korean word before the matched one: one space before it, bare (no particle between the
  // two), of two syllables or more or one no bound noun, prefix or particle is (리 of 리 클리포드
  // Leigh Clifford, not 전 'former'), no title, verb form or person's name, nothing the lexicon
  // knows (미국 오바마, 총리 올메르트).
  const std::vector<names::HangulWord>& words = korean_side->words();
  const auto matched = std::find_if(words.begin(), words.end(), [&](const names::HangulWord& w) {
    return w.stem.data() == match.korean_stem.data();
  });
  if (matched == words.end() || matched == words.begin()) return std::nullopt;
  const names::HangulWord& given = *(matched - 1);
  // A given name ending in 이 or 에 (세르게이 Sergei, 사나에 Sanae), which the particle stripper
  // reads as the subject's or the locative particle, is the whole word; not an ordinary word with
  // its particle (경찰이, 서울에).
  const std::string_view given_whole =
      ko.substr(given.span.begin, given.span.end - given.span.begin);
  const bool ends_in_name_syllable =
      given_whole.size() == given.stem.size() + kHangulSyllableBytes &&
      (given_whole.ends_with("이") || given_whole.ends_with("에")) &&
      !names::IsKoreanDictionaryWord(given.stem) && MayBeName(given_whole);
  const std::string_view a = ends_in_name_syllable ? given_whole : given.stem;
  if (given.span.end + 1 != matched->span.begin || ko[given.span.end] != ' ' ||
      a.size() != given.span.end - given.span.begin || a.size() < 3 ||
      (a.size() == 3 && name_matching::IsNotNameSyllable(a)) || AfterNumber(ko, given) ||
      std::any_of(persons.begin(), persons.end(),
                  [&](const names::KoreanPersonName& p) {
                    return p.span.begin < given.span.end && given.span.begin < p.span.end &&
                           IsPersonsName(p, a, a);
                  }) ||
      names::TitleFollows(a)) {
    return std::nullopt;
  }
  // A lower-case particle between the given name and the surname (Mohammed bin Salman), which
  // Korean writes as a word of its own before the surname (빈 살만): that word is the particle's.
  const std::string_view between = en.substr(x_span.end, match.english.begin - x_span.end);
  const size_t particle_begin = between.find_first_not_of(' ');
  if (particle_begin != std::string_view::npos && text::IsAsciiLower(between[particle_begin])) {
    const std::string_view particle =
        between.substr(particle_begin, between.find(' ', particle_begin) - particle_begin);
    if (names::PhonemesMatch(names::HangulPhonemes(a), names::LatinPhonemes(particle),
                             names::kTransliterationMatch)) {
      return std::nullopt;
    }
  }
  // Korean writes a place of two words as one (샌디에이고 파드리스: San Diego Padres): the word
  // before x and x together may be what the Korean word renders.
  if (!before_x.empty() &&
      names::PhonemesMatch(names::HangulPhonemes(a), names::LatinPhonemes(StrCat(before_x, x)),
                           names::kTransliterationMatch)) {
    return std::nullopt;
  }
  // Both English words may be what the one Korean word renders (허베이스피리트호 Hebei Spirit),
  // more closely than the matched word alone (not 스테파노풀로스 for "Hula Stephanopoulos"): the
  // word before is then no given name.
  const std::string_view matched_word =
      en.substr(match.english.begin, match.english.end - match.english.begin);
  const std::string both_phonemes = names::LatinPhonemes(StrCat(x, matched_word));
  const std::string alone_phonemes = names::LatinPhonemes(matched_word);
  for (std::string_view form : {match.korean_stem, names::StripNameSuffix(match.korean_stem)}) {
    const std::string phonemes = names::HangulPhonemes(form);
    const double both_similarity = names::PhonemeSimilarity(phonemes, both_phonemes);
    if (both_similarity >= names::kTransliterationMatch &&
        both_similarity > names::PhonemeSimilarity(phonemes, alone_phonemes)) {
      return std::nullopt;
    }
  }
  const bool x_possessive = x.size() < x_span.end - x_span.begin;  // "Iraq's Hussein".
  // A middle initial, or a title after the Korean surname (부시 대통령), marks a person's name.
  const std::string_view after_surname = ko.substr(matched->span.end);
  const bool marked_as_a_name =
      initial_before || (after_surname.size() > 1 && after_surname[0] == ' ' &&
                         names::TitleFollows(after_surname.substr(1)));
  // The same two words before the same surname are asked once (a name recurs in a sentence).
  auto verdict = std::find_if(verdicts->begin(), verdicts->end(), [&](const GivenNameVerdict& v) {
    return v.x == x && v.a == a && v.surname == match.korean_stem &&
           v.x_possessive == x_possessive && v.marked_as_a_name == marked_as_a_name;
  });
  if (verdict == verdicts->end()) {
    const bool differ =
        GivenNamesDiffer(x, x_possessive, a, match.korean_stem, marked_as_a_name,
                         ko.substr(given.span.end), pair, korean_side, english_side);
    verdicts->push_back({x, a, match.korean_stem, x_possessive, marked_as_a_name, differ});
    verdict = verdicts->end() - 1;
  }
  if (!verdict->differ) return std::nullopt;
  return NamePartMismatch(
      pair, {x_span.begin, match.english.end},
      {given.span.begin, matched->span.begin + static_cast<uint32_t>(matched->stem.size())}, a, x,
      reported);
}

// A foreign person's given name stands before the surname in both languages (에후드 올메르트
// Ehud Olmert). Where a word of an English name transliterates a Korean word that is no dictionary
// word (`match`: 올메르트 Olmert; a loanword matches its English word in any phrase, 머리 스카프
// "Head Scarf"), or one a middle initial or a Korean title marks as a name (George W. Bush, 부시
// 대통령), the word before it in the name (passing over a middle initial) and the Korean word
// before it must then be the same name too: "Quality Olmert" for 에후드 올메르트 put another word
// in the given name's place. Checked only where neither has a counterpart anywhere in the pair,
// since English drops given names and adds descriptions (Israeli Prime Minister Olmert), and Korean
// adds titles and places (총리, 미국); the Korean word may be an ordinary word as well (사담
// 'private talk' of 사담 후세인), which the search for Korean names without a counterpart passes
// over. Where the Korean has no given name there, a famous person's (FamousGivenNameMismatch).
// Nothing is reported where one of `reported` covers either word.
std::optional<Finding> GivenNameMismatch(const TransliteratedWord& match,
                                         const std::vector<TransliteratedWord>& transliterated,
                                         const std::vector<names::EnglishName>& english_names,
                                         const std::vector<names::KoreanPersonName>& persons,
                                         const PairContext& pair, KoreanSide* korean_side,
                                         EnglishSide* english_side,
                                         const std::vector<Finding>& reported,
                                         std::vector<GivenNameVerdict>* verdicts) {
  const std::string_view en = pair.target->text();
  // The English word before the matched one in the same name, capitalized as a name is (not
  // McCain, which a transliteration judges less surely), neither a title nor an initial; a middle
  // initial between them, which Korean mostly leaves out, passed over (George W. Bush, 조지 부시).
  text::TextSpan x_span{0, 0};
  std::string_view before_x;  // The name's word before x, if any (San of San Diego Padres).
  bool initial_before = false;
  for (const names::EnglishName& name : english_names) {
    for (size_t k = 1; k < name.words.size(); ++k) {
      if (name.words[k].begin != match.english.begin) continue;
      initial_before = k >= 2 && name.words[k - 1].end - name.words[k - 1].begin == 1;
      const size_t x_index = initial_before ? k - 2 : k - 1;
      x_span = name.words[x_index];
      if (x_index > 0) {
        before_x = en.substr(name.words[x_index - 1].begin,
                             name.words[x_index - 1].end - name.words[x_index - 1].begin);
      }
    }
  }
  const std::string_view x = StripPossessive(en.substr(x_span.begin, x_span.end - x_span.begin));
  if (!MayStandForANamePart(x, x_span, transliterated) || names::IsCommonCapitalizedWord(x)) {
    return std::nullopt;
  }
  if (std::optional<Finding> f =
          KoreanGivenNameMismatch(match, x, x_span, before_x, initial_before, persons, pair,
                                  korean_side, english_side, reported, verdicts)) {
    return f;
  }
  return FamousGivenNameMismatch(match, x, x_span, pair, korean_side, reported);
}

// Whether `word` (a view into `en`) is written with 's (Japan's).
bool IsPossessive(std::string_view en, std::string_view word) {
  const std::string_view after = en.substr(static_cast<size_t>(word.data() - en.data()) + word.size());
  return after.starts_with("'s") || after.starts_with("’s");
}

// Whether `word`, a word of a longer English name nothing in the Korean explains, is a place or
// people the lexicon knows, which the Korean neither names nor transliterates (`transliterated`:
// the pair's words a transliteration matched): one put in another's place ("the Turkey Press",
// "Southeast Vienna Nations"), to be reported unless the sentences around mention it. Not compass
// points and the words for oceans, Asia and nations, which English adds to names Korean gives bare
// or shortens ("Russia's Pacific Kamchatka region", "the East Sea", 아세안 for the Association of
// Southeast Asian Nations), nor Korea itself ("the Korea Meteorological Administration", 기상청).
// `first`: whether `word` is the name's first significant word.
bool PlaceWithoutCounterpart(std::string_view en, std::string_view word, bool first,
                             const PairContext& pair, KoreanSide* korean_side,
                             const std::vector<TransliteratedWord>& transliterated) {
  static constexpr std::string_view kAdded[] = {
      "North",     "South",    "East",     "West",      "Central",   "Eastern",
      "Western",   "Northern", "Southern", "Southeast", "Southwest", "Northeast",
      "Northwest", "Pacific",  "Atlantic", "Asian",     "Asia",      "Nations",
      "United",    "Korea",    "Korean",   "Koreans",   "Seoul"};
  if (std::find(std::begin(kAdded), std::end(kAdded), word) != std::end(kAdded)) return false;
  // A people's adjective or a place's possessive describes what follows ("Iraqi leader Saddam
  // Hussein", "Japan's Iwate Prefecture"), which English adds where Korean names it bare. An
  // adjective after a name's first word describes nothing: it stands in the place of a name
  // ("Tony Republican Chiu-wai", "the Muslim Jewish" for 무슬림 형제단).
  if ((first && IsAdjectiveOfAPeople(word)) || IsPossessive(en, word)) return false;
  const align::EnglishWordEvidence evidence = align::EvidenceForEnglishWord(word);
  if (!HasNameConcept(evidence)) {
    return false;
  }
  if (KoreanHasConcept(pair, korean_side, evidence)) return false;
  const auto begin = static_cast<uint32_t>(word.data() - en.data());
  return std::none_of(transliterated.begin(), transliterated.end(),
                      [&](const TransliteratedWord& t) { return t.english.begin == begin; });
}

// How close a likeness to any Korean word, native-looking or not, gives an English name word a
// counterpart in WordHasCounterpart: between a transliteration's bar (kTransliterationMatch) and
// the one a native word must pass to be taken for a name (kNativeWordMatch), since there a chance
// likeness only keeps the check silent. (Taroko and 타로각, 0.75, whose 각 makes it look native;
// Carina Lau and the 가령 of 유가령, her Chinese name read in Korean, which "Carina" echoes. On
// the dev clean lines 0.7 leaves out these two false alarms and costs 0 to 0.5 points of recall
// on the five draws of replaced names; 0.62 costs up to 0.8.)
constexpr double kNearLikeness = 0.7;

// Whether English name word `word` (a view into the pair's English) has a counterpart in the
// Korean of `korean_side`: a word a transliteration of it matched (`transliterated`) or matches
// now, or that sounds like it by kNearLikeness, a lexicon concept, the same Latin text, or a
// person's name (`person_spans`: where the English writes the Korean persons' names; `persons`,
// whose surnames count alone).
bool WordHasCounterpart(std::string_view en, std::string_view word, const PairContext& pair,
                        KoreanSide* korean_side,
                        const std::vector<TransliteratedWord>& transliterated,
                        const std::vector<names::KoreanPersonName>& persons,
                        const std::vector<text::TextSpan>& person_spans) {
  const auto begin = static_cast<uint32_t>(word.data() - en.data());
  if (std::any_of(transliterated.begin(), transliterated.end(),
                  [&](const TransliteratedWord& t) { return t.english.begin == begin; }) ||
      std::any_of(person_spans.begin(), person_spans.end(),
                  [&](text::TextSpan s) { return s.begin <= begin && begin < s.end; }) ||
      std::any_of(persons.begin(), persons.end(), [&](const names::KoreanPersonName& person) {
        const std::vector<std::string_view>& spellings = names::SurnameSpellings(person.surname);
        return std::find(spellings.begin(), spellings.end(), word) != spellings.end();
      })) {
    return true;
  }
  if (KoreanHasConcept(pair, korean_side, align::EvidenceForEnglishWord(word)) ||
      ContainsWord(korean_side->text(), word) || korean_side->HasRomanization(word)) {
    return true;
  }
  if (korean_side->FirstTransliterationOf(MakeLatinForm(word, names::kTransliterationMatch)) !=
          nullptr ||
      korean_side->AnyFormSoundsLike(MakeLatinForm(word, kNearLikeness))) {
    return true;
  }
  // With the particles before it, as Korean writes them together (다시우바 da Silva, 폰데어라이엔
  // von der Leyen), as NameExplained tries them.
  std::string joined(word);
  for (std::string_view before = word;;) {
    const std::string_view particle = NameParticleBefore(en, before);
    if (particle.empty()) return false;
    joined.insert(0, particle);
    if (korean_side->FirstTransliterationOf(MakeLatinForm(joined, names::kTransliterationMatch)) !=
        nullptr) {
      return true;
    }
    before = particle;
  }
}

// Whether English name word `word`, right after `before`, a name the lexicon knows, stands in the
// place of the rest of a Korean compound that name begins (롯데칠성: 롯데 Lotte + 칠성), which no
// word of the English renders: "Lotte Walker" for 롯데칠성 put a word, a dictionary word too, where
// the English must render 칠성 (Lotte Chilsung).
bool InPlaceOfCompoundRest(std::string_view en, std::string_view before, std::string_view word,
                           KoreanSide* korean_side, EnglishSide* english_side) {
  const size_t end = static_cast<size_t>(before.data() - en.data()) + before.size();
  if (end + 1 != static_cast<size_t>(word.data() - en.data()) || en[end] != ' ') return false;
  const align::EnglishWordEvidence& evidence = english_side->Evidence(before);
  if (!HasNameConcept(evidence)) return false;
  const std::string_view ko = korean_side->text();
  std::vector<uint32_t> concepts;
  for (const names::HangulWord& w : korean_side->words()) {
    const size_t head = name_matching::KnownNameHead(w.stem, &concepts);
    if (head == 0) continue;
    const bool same_name =
        std::any_of(evidence.concepts.begin(), evidence.concepts.end(), [&](uint64_t c) {
          return std::find(concepts.begin(), concepts.end(), static_cast<uint32_t>(c)) !=
                 concepts.end();
        });
    if (!same_name) continue;
    const std::optional<HangulForm> rest =
        KnownNameForm(w.stem.substr(head), ko.substr(w.span.end));
    if (rest && EnglishRendersNowhere(*rest, english_side)) return true;
  }
  return false;
}

// Whether word `k` of `significant` (SignificantWords of a longer English name nothing in the
// Korean explains) is a name of its own that nothing in the Korean matches: one put in another's
// place ("Saddam Lausanne" for 사담 후세인, "the Guanting Wind Kokkinos", "New Laerma"), to be
// reported unless the sentences around mention it. Not a common English word (Gorge, Associated,
// Summer), which Korean translates (협곡, 통신) where the lexicon may not know the translation,
// nor a word the lexicon knows (places: PlaceWithoutCounterpart; Japan's of "Japan's Iwate
// Prefecture", which adds where a name is), nor a word right before one with a counterpart
// (George of George W. Bush, Paul of Paul Wolfowitz: Korean leaves given names out; but Hermas of
// "the Hermas of Mexico" is no given name), nor a word of fewer than four letters (Yu of Jiang
// Yu: Korean writes a Chinese name's syllables as one word, 장위, and a short syllable matches none
// alone). A word in the place of the rest of a Korean compound (InPlaceOfCompoundRest) is one of
// its own whatever it is.
bool NameWordWithoutCounterpart(std::string_view en,
                                const std::vector<std::string_view>& significant, size_t k,
                                const PairContext& pair, KoreanSide* korean_side,
                                const std::vector<TransliteratedWord>& transliterated,
                                EnglishSide* english_side,
                                const std::vector<names::KoreanPersonName>& persons,
                                const std::vector<text::TextSpan>& person_spans) {
  const std::string_view word = significant[k];
  constexpr size_t kShortestName = 4;
  auto has_counterpart = [&](std::string_view w) {
    return WordHasCounterpart(en, w, pair, korean_side, transliterated, persons, person_spans);
  };
  // Whether the word stands where a given name stands: right before the next word, a middle
  // initial at most between them, the next a name with a counterpart (not a common word the
  // lexicon knows: Disney of "Olympic Disney Stadium", 경기장), or a given name in turn before
  // one (Abdel Fattah el-Sisi for 시시).
  auto in_given_name_place = [&] {
    for (size_t at = k; at + 1 < significant.size(); ++at) {
      const std::string_view given = significant[at], next_word = significant[at + 1];
      const size_t end = static_cast<size_t>(given.data() - en.data()) + given.size();
      const std::string_view between =
          en.substr(end, static_cast<size_t>(next_word.data() - en.data()) - end);
      const bool initial_between = between.size() == 4 && between[0] == ' ' &&
                                   text::IsAsciiUpper(between[1]) && between[2] == '.' &&
                                   between[3] == ' ';
      // Or a name's particle (Mohammed bin Salman, Ludwig van Beethoven); not "of" (the Museum
      // of Applied Arts), which joins a kind of place to what it is of.
      const std::string_view particle =
          between.size() > 2 && between.front() == ' ' && between.back() == ' '
              ? between.substr(1, between.size() - 2)
              : std::string_view();
      const bool particle_between = name_matching::IsNameParticle(particle) ||
                                    name_matching::IsNameParticleWrittenApart(particle);
      if (between != " " && !initial_between && !particle_between) return false;
      const align::EnglishWordEvidence next = align::EvidenceForEnglishWord(next_word);
      if (!next.concepts.empty() && !HasNameConcept(next)) return false;
      // Nor before a place the lexicon finds in the Korean ("Gordon Delhi" for 뉴델리): no
      // surname.
      if (!next.concepts.empty() && KoreanHasConcept(pair, korean_side, next)) return false;
      // Nor before a Korean's whole name written surname first (Pak Ui Chun, Lee Ha-kyung), whose
      // given name follows the surname: the word before it is no part of it.
      const auto next_begin = static_cast<uint32_t>(next_word.data() - en.data());
      const bool next_starts_whole_korean_name =
          std::any_of(person_spans.begin(), person_spans.end(), [&](text::TextSpan s) {
            return s.begin == next_begin && s.end > next_begin + next_word.size();
          });
      if (next_starts_whole_korean_name) return false;
      if (has_counterpart(next_word)) return true;
    }
    return false;
  };
  // A common word of a shape no given name has (Cooperation, Accomplished) in a given name's
  // place is a name put in another's ("President Cooperation Mugabe"), whatever the lexicon knows
  // of it: it needs a counterpart of its own.
  if (word.size() >= kShortestName && IsNounOrParticiple(word) && in_given_name_place()) {
    return !has_counterpart(word);
  }
  if (k > 0 && InPlaceOfCompoundRest(en, significant[k - 1], word, korean_side, english_side)) {
    return !has_counterpart(word);
  }
  if (word.size() < kShortestName || names::IsEnglishDictionaryWord(word) ||
      names::IsCommonCapitalizedWord(word) || word.find('-') != std::string_view::npos) {
    return false;
  }
  if (!align::EvidenceForEnglishWord(word).concepts.empty()) {
    return false;
  }
  // A given name (George of George W. Bush), which Korean leaves out; not a name joined to a title
  // by a hyphen ("Secretary-Gordon Taro Aso"), which stands in the title's place.
  const bool after_hyphen = word.data() > en.data() && word.data()[-1] == '-';
  if (!after_hyphen && in_given_name_place()) return false;
  return !has_counterpart(word);
}

// The surname's counterpart of GivenNameMismatch: a foreign person's surname follows the given
// name in both languages (제니 베일 Jenny Bale). Where a word of an English name transliterates a
// bare Korean word (`match`: 제니 Jenny), the English word right after it in the name must render
// the Korean word right after it when that one may be a name and nothing in the English renders
// it: "Jenny Affairs" for 제니 베일 put a word in the surname's place. Any English word with no
// counterpart of its own, common ones too (Affairs, Centre), as the Korean word must be a name
// the English leaves out (not 국제공항 of 마닐라 국제공항, which the lexicon knows, nor 베일 where
// the English has Bale anywhere). Nothing is reported where one of `reported` covers either name.
std::optional<Finding> SurnameMismatch(const TransliteratedWord& match,
                                       const std::vector<TransliteratedWord>& transliterated,
                                       const std::vector<names::EnglishName>& english_names,
                                       const std::vector<names::KoreanPersonName>& persons,
                                       const std::vector<text::TextSpan>& person_spans,
                                       const PairContext& pair, KoreanSide* korean_side,
                                       EnglishSide* english_side,
                                       const std::vector<Finding>& reported) {
  const std::string_view ko = korean_side->text(), en = pair.target->text();
  // The English word after the matched one in the same name, one space after it, capitalized as
  // a name is, no title, no initial, and not itself a transliteration's match.
  text::TextSpan x_span{0, 0};
  for (const names::EnglishName& name : english_names) {
    for (size_t k = 0; k + 1 < name.words.size(); ++k) {
      if (name.words[k].begin == match.english.begin) x_span = name.words[k + 1];
    }
  }
  if (x_span.begin != match.english.end + 1 || en[match.english.end] != ' ') return std::nullopt;
  const std::string_view x = StripPossessive(en.substr(x_span.begin, x_span.end - x_span.begin));
  if (!MayStandForANamePart(x, x_span, transliterated)) return std::nullopt;
  // The Korean word after the matched one: the matched one bare (no particle: 사담, not 사담의),
  // one space between them, a word that may be a name (MayBeName), of two syllables or more, no
  // title and nothing the lexicon knows.
  const std::vector<names::HangulWord>& words = korean_side->words();
  const auto matched = std::find_if(words.begin(), words.end(), [&](const names::HangulWord& w) {
    return w.stem.data() == match.korean_stem.data();
  });
  if (matched == words.end() || matched + 1 == words.end()) return std::nullopt;
  const names::HangulWord& surname = *(matched + 1);
  const std::string_view b = surname.stem;
  if (matched->stem.size() != matched->span.end - matched->span.begin ||
      ko.substr(matched->span.end, 1) != " " || surname.span.begin != matched->span.end + 1 ||
      b.size() < 2 * kHangulSyllableBytes || !name_matching::MayBeName(b) ||
      names::TitleFollows(b)) {
    return std::nullopt;
  }
  std::vector<uint32_t> concepts;
  align::NewsLexicon::Default().KoreanConcepts(b, &concepts);
  if (!concepts.empty()) return std::nullopt;
  // Neither has a counterpart: nothing in the English renders or translates the Korean word,
  // nothing in the Korean the English one.
  const std::optional<HangulForm> form = KnownNameForm(b, ko.substr(surname.span.end));
  if (!form || !EnglishRendersNowhere(*form, english_side) ||
      WordHasCounterpart(en, x, pair, korean_side, transliterated, persons, person_spans)) {
    return std::nullopt;
  }
  return NamePartMismatch(
      pair, {match.english.begin, x_span.begin + static_cast<uint32_t>(x.size())},
      {matched->span.begin, surname.span.begin + static_cast<uint32_t>(surname.stem.size())}, b, x,
      reported);
}

// A dateline whose region is no place its city is in ("LONDON, Hawaii (CNN)"), or no place at all
// ("BAGHDAD, Miller (CNN)": a name put in the place of Iraq): checked against the table of
// datelines (datelines.h), since the Korean mostly leaves the dateline out, for the cities the
// table knows with the regions each may be in ("LONDON, Ontario" is a city the table knows too).
// `dateline`: ReadDateline of the pair's English; `region_fits`: its DatelineRegionFits.
std::optional<Finding> DatelineMismatch(const PairContext& pair,
                                        const std::optional<Dateline>& dateline,
                                        std::optional<bool> region_fits) {
  const std::string_view en = pair.target->text();
  if (!dateline || region_fits != false) return std::nullopt;
  const std::string_view region = dateline->region;
  std::string home(DatelineHomeRegion(dateline->city));
  for (size_t k = 0; k < home.size(); ++k) {
    if ((k == 0 || home[k - 1] == ' ') && text::IsAsciiLower(home[k])) {
      home[k] = static_cast<char>(home[k] - 32);  // Title case: "England", "New Zealand".
    }
  }
  const auto begin = static_cast<uint32_t>(region.data() - en.data());
  Finding f;
  f.pair_index = pair.pair_index;
  f.code = codes::kNameMismatch;
  f.severity = Severity::kMajor;
  f.category = MqmCategory::kMistranslation;
  f.message = StrCat("The dateline puts ", dateline->city, " in ", region, "; ", dateline->city,
                     " is in ", home);
  f.target_spans.push_back(
      pair.target->ToDocument({begin, begin + static_cast<uint32_t>(region.size())}));
  return f;
}

// NAME_MISMATCH for a Korean person's name at `span` (bytes of the pair's Korean) that the English
// spells as another's (`match`: kGivenDiffers or kSurnameDiffers).
Finding PersonNameMismatch(const PairContext& pair, text::TextSpan span,
                           const names::PersonNameMatch& match) {
  Finding f;
  f.pair_index = pair.pair_index;
  f.code = codes::kNameMismatch;
  f.severity = Severity::kMajor;
  f.category = MqmCategory::kMistranslation;
  f.message = StrCat("Korean names ", Quote(pair.source->text(), span), " (", match.expected,
                     "); English says ", Quote(pair.target->text(), match.english_span));
  f.source_spans.push_back(pair.source->ToDocument(span));
  f.target_spans.push_back(pair.target->ToDocument(match.english_span));
  return f;
}

// Notes for the document's consistency check how the English of the pair spells Korean person
// name `person`, which `match` (kMatched) found there.
void NoteKoreanNameSpelling(const PairContext& pair, const names::KoreanPersonName& person,
                            const names::PersonNameMatch& match) {
  if (pair.notes == nullptr) return;
  const std::string_view en = pair.target->text();
  pair.notes->name_spellings.push_back(
      {StrCat(person.surname, person.given),
       std::string(
           en.substr(match.english_span.begin, match.english_span.end - match.english_span.begin)),
       pair.pair_index, pair.source->ToDocument(person.span),
       pair.target->ToDocument(match.english_span), /*person=*/true});
}

// Where the English writes Korean names (Woo Hong-son, Kim Yong-won), the ListedKoreanNames are
// matched as persons' names. A name spelled wrong (another given name, or the given name after
// another surname: Kim Seung-hui for 조승희) is reported only where it is the one such word of its
// surname; one spelled right is noted for the consistency check.
void ReportListedKoreanNames(const PairContext& pair, KoreanSide* korean_side,
                             const std::vector<names::KoreanPersonName>& persons,
                             std::vector<Finding>* findings) {
  using Outcome = names::PersonNameMatch::Outcome;
  // ListedKoreanNames, by index into listed_names(), whose matches in the English are read once
  // a pair (listed_name_matches).
  const std::vector<names::KoreanPersonName>& all = korean_side->listed_names();
  std::vector<size_t> listed;
  for (size_t k = 0; k < all.size(); ++k) {
    if (!OverlapsAPerson(all[k], persons)) listed.push_back(k);
  }
  // How many of them share each surname (a sentence may list thousands of words: no pairwise
  // counting).
  std::unordered_map<std::string_view, uint32_t> per_surname;
  for (size_t k : listed) ++per_surname[all[k].surname];
  const std::vector<names::PersonNameMatch>& matches =
      korean_side->listed_name_matches(pair.target->text());
  for (size_t k : listed) {
    const names::PersonNameMatch& match = matches[k];
    if (match.outcome == Outcome::kMatched) NoteKoreanNameSpelling(pair, all[k], match);
    if (per_surname[all[k].surname] != 1) continue;
    if (match.outcome != Outcome::kGivenDiffers && match.outcome != Outcome::kSurnameDiffers) {
      continue;
    }
    findings->push_back(PersonNameMismatch(pair, all[k].span, match));
  }
}

// The end of a dateline opening the English ("LONDON, England (CNN) ", "SEOUL (Yonhap) -- ",
// "(CNN) "), or 0. A dateline says where a story was filed; the Korean seldom carries it, so the
// places of its names are not the translation's (IsGazetteerPlace: other words there are).
size_t DatelineEnd(std::string_view en) {
  size_t i = 0;
  while (i < en.size() && (en[i] == ' ' || en[i] == '"')) ++i;
  auto agency_at = [&](size_t at) -> size_t {  // "(CNN)" at `at`: the offset after it, or 0.
    if (at >= en.size() || en[at] != '(') return 0;
    const size_t close = en.find(')', at);
    if (close == std::string_view::npos || close - at > 24) return 0;
    for (size_t k = at + 1; k < close; ++k) {
      if (!text::IsAsciiAlpha(en[k]) && en[k] != ' ' && en[k] != '-') return 0;
    }
    return close + 1;
  };
  if (const size_t end = agency_at(i)) return end;
  // A city in capitals, then an optional region, then an agency or a dash.
  size_t j = i;
  int capitals = 0;
  while (j < en.size() && (text::IsAsciiUpper(en[j]) || en[j] == ' ' ||
                           en[j] == '.' || en[j] == '-' || en[j] == '\'')) {
    capitals += text::IsAsciiUpper(en[j]) ? 1 : 0;
    ++j;
  }
  if (capitals < 3) return 0;
  if (j < en.size() && en[j] == ',') {
    ++j;
    while (j < en.size() && (text::IsAsciiAlpha(en[j]) || en[j] == ' ' ||
                             en[j] == '.')) {
      ++j;
    }
  }
  while (j < en.size() && en[j] == ' ') ++j;
  if (const size_t end = agency_at(j)) return end;
  if (en.substr(j, 2) == "--" || en.substr(j, 3) == "\u2014") return j;
  return 0;
}

// Whether a name is a place the lexicon's gazetteer knows (England, Georgia, Texas): a dateline
// names one after its city ("BERLIN, Germany (CNN)"); anything else there is checked as a name.
bool IsGazetteerPlace(std::string_view en, const names::EnglishName& name) {
  for (const text::TextSpan& w : name.words) {
    const align::EnglishWordEvidence evidence =
        align::EvidenceForEnglishWord(en.substr(w.begin, w.end - w.begin));
    if (!HasNameConcept(evidence)) {
      return false;
    }
  }
  return true;
}

// Whether lexicon concept `c` is among those the aligner read in the pair's English sentences.
bool EnglishHasConcept(const PairContext& pair, uint64_t c) {
  return std::any_of(pair.target_features.begin(), pair.target_features.end(),
                     [&](const align::SentenceFeatures* english) {
                       return std::binary_search(english->concepts.begin(), english->concepts.end(),
                                                 c);
                     });
}

// Whether the Latin name at `span` of `ko` glosses, in parentheses, a Korean word before it whose
// lexicon concept the English expresses (연방준비제도(Fed): "the Federal Reserve"): the English
// translated the name rather than carry the Latin over. Not a gloss of a word the lexicon does not
// know (플랫츠(Platts)), which the Latin name alone carries.
bool GlossedWordTranslated(std::string_view ko, const text::TextSpan& span, const PairContext& pair,
                           KoreanSide* korean_side) {
  const std::vector<names::HangulWord>& words = korean_side->words();
  const auto glossed = std::find_if(words.begin(), words.end(), [&](const names::HangulWord& w) {
    return LatinGlossAfter(ko, w.span.end).data() == ko.data() + span.begin;
  });
  if (glossed == words.end()) return false;
  const align::SentenceFeatures korean = align::KoreanWordFeatures(glossed->stem);
  return std::any_of(korean.concepts.begin(), korean.concepts.end(),
                     [&](uint64_t c) { return EnglishHasConcept(pair, c); });
}

// Whether acronym `token` of the Korean names a place the English names in words instead (EU
// 집행위원회: "the European Commission"): the lexicon's name concept of the token is among the
// English sentence's concepts.
bool AcronymTranslated(std::string_view token, const PairContext& pair) {
  const std::string word = AsciiLowerCase(Undotted(token));
  if (word.empty() || !std::all_of(word.begin(), word.end(), text::IsAsciiLower)) return false;
  const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
  const align::EnglishWordEvidence evidence = align::EvidenceForEnglishWord(word);
  return std::any_of(evidence.concepts.begin(), evidence.concepts.end(), [&](uint64_t c) {
    return lexicon.IsName(static_cast<uint32_t>(c)) && EnglishHasConcept(pair, c);
  });
}

// Whether every significant word of a capitalized run is a word the English document also writes
// in lower case ("Web", "Oil", "Game"): a sentence start or a title, not a name. Not a run the
// lexicon knows whole as a name (Reform Party, with "reform" and "party" in lower case elsewhere).
bool OrdinaryWords(std::string_view en, const names::EnglishName& name, const PairContext& pair) {
  if (pair.target_word_cases == nullptr) return false;
  bool any = false;
  for (const text::TextSpan& w : name.words) {
    const std::string_view word = StripPossessive(en.substr(w.begin, w.end - w.begin));
    if (names::IsCommonCapitalizedWord(word)) continue;
    if (!pair.target_word_cases->InLowerCase(word)) return false;
    any = true;
  }
  return any && !HasNameConcept(MultiwordEvidence(en, name));
}

// Whether English word `word` names Korea where Korean news leaves it unnamed in `ko`: Korea,
// Korean or Koreans where the Korean says 국내 (at home), 우리 (our), 정부 (the government), 국민
// (the people) or 전국 (nationwide) alone, 방한 or 내한 (a visit to Korea, 訪韓 and 來韓), or
// 한미, 한중 or 한일 (Korea and the U.S., China or Japan) or 한 bound to another country by a
// hyphen or a middle dot (한-베트남, 한·베트남); Seoul, as English news names a
// government by its capital, where it says 정부 or 우리 정부 ("Seoul protested" for 정부는
// 항의했다) or 한미 and the like ("Seoul and Washington" for 한미 양국).
bool KoreaLeftUnnamed(std::string_view word, std::string_view ko) {
  static constexpr std::string_view kCountry[] = {"국내", "우리", "정부", "국민", "전국", "방한",
                                                  "내한", "한미", "한중", "한일", "한-",  "한·"};
  static constexpr std::string_view kGovernment[] = {"정부", "우리", "한미", "한중", "한일"};
  auto any_in_ko = [&](const auto& words) {
    return std::any_of(std::begin(words), std::end(words),
                       [&](std::string_view w) { return ko.find(w) != std::string_view::npos; });
  };
  if (word == "Korea" || word == "Korean" || word == "Koreans") return any_in_ko(kCountry);
  return word == "Seoul" && any_in_ko(kGovernment);
}

// The words of `folded` (FoldLatinLetters of `original`, the same length) that folding changed,
// with the words as written.
std::vector<std::pair<std::string, std::string>> FoldedWords(std::string_view original,
                                                             std::string_view folded) {
  std::vector<std::pair<std::string, std::string>> words;
  auto in_word = [](char c) { return text::IsAsciiAlpha(c) || c == '\'' || c == '-'; };
  for (size_t i = 0; i < folded.size();) {
    if (!in_word(folded[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < folded.size() && in_word(folded[end])) ++end;
    if (folded.substr(i, end - i) != original.substr(i, end - i)) {
      words.emplace_back(std::string(folded.substr(i, end - i)),
                         std::string(original.substr(i, end - i)));
    }
    i = end;
  }
  return words;
}

// Writes the folded words that the messages of findings[first...] quote back as submitted.
void UnfoldMessages(const std::vector<std::pair<std::string, std::string>>& folded_words,
                    size_t first, std::vector<Finding>* findings) {
  if (folded_words.empty()) return;
  for (size_t k = first; k < findings->size(); ++k) {
    std::string& message = (*findings)[k].message;
    for (const auto& [folded, original] : folded_words) {
      // Whole words only: "ae" of a folded æ is no part of Michael.
      for (size_t pos = message.find(folded); pos != std::string::npos;) {
        const size_t end = pos + folded.size();
        if ((pos > 0 && text::IsAsciiAlpha(message[pos - 1])) ||
            (end < message.size() && text::IsAsciiAlpha(message[end]))) {
          pos = message.find(folded, pos + 1);
          continue;
        }
        message.replace(pos, folded.size(), original);
        pos = message.find(folded, pos + original.size());
      }
    }
  }
}

class NameCheck final : public PairCheck {
 public:
  std::string_view name() const override { return "name"; }

  void FinishDocument(const DocumentNotes& notes, std::vector<Finding>* findings) const override {
    const size_t first_finding = findings->size();
    FinishDocumentFolded(notes, findings);
    UnfoldMessages(notes.folded_words, first_finding, findings);
  }

  // English with Latin letters beyond ASCII (François, Mbappé) is read folded to ASCII in the same
  // bytes (names::FoldLatinLetters), so that spans are unchanged; messages quote it as written.
  void Run(const PairContext& pair, std::vector<Finding>* findings) const override {
    if (!names::HasLatinLettersToFold(pair.target->original())) {
      RunFolded(pair, findings);
      return;
    }
    // The whole document, folded once for all its pairs (a pair's side is a span of it).
    std::string own_folding;
    std::string* folded_document = &own_folding;
    if (pair.notes != nullptr) folded_document = &pair.notes->folded_target_document;
    if (folded_document->empty()) *folded_document = names::FoldLatinLetters(pair.target_document);
    const text::TextSpan span = pair.target->document_span();
    absl::StatusOr<PairSide> folded_side =
        PairSide::Create(*folded_document, span.begin, span.end);
    if (!folded_side.ok()) {
      RunFolded(pair, findings);
      return;
    }
    PairContext folded = pair;
    folded.target = &*folded_side;
    folded.target_document = *folded_document;
    const std::vector<std::pair<std::string, std::string>> words =
        FoldedWords(pair.target->text(), folded_side->text());
    if (pair.notes != nullptr) {
      std::vector<std::pair<std::string, std::string>>& noted = pair.notes->folded_words;
      for (const auto& word : words) {
        if (std::find(noted.begin(), noted.end(), word) == noted.end()) noted.push_back(word);
      }
    }
    const size_t first_finding = findings->size();
    RunFolded(folded, findings);
    UnfoldMessages(words, first_finding, findings);
  }

 private:
  // What the name check reports once it has read every pair (document_name_reports.h).
  void FinishDocumentFolded(const DocumentNotes& notes, std::vector<Finding>* findings) const {
    document_name_reports::ReportNamesNoSentenceMentions(notes, findings);
    document_name_reports::ReportMissingAcronyms(notes, findings);
    document_name_reports::ReportInconsistentNames(notes, findings);
  }

  void RunFolded(const PairContext& pair, std::vector<Finding>* findings) const {
    if (pair.source->empty() || pair.target->empty()) return;
    const std::string_view ko = pair.source->text(), en = pair.target->text();
    using Outcome = names::PersonNameMatch::Outcome;
    // A 1-1 pair's Korean side is the sentence the aligner read (same bytes, same normalization):
    // its person names are already known.
    std::vector<names::KoreanPersonName> found;
    const bool known = pair.source_features.size() == 1;
    if (!known) found = align::KoreanPersonNames(ko);
    const std::vector<names::KoreanPersonName>& persons =
        known ? pair.source_features[0]->persons : found;
    KoreanSide korean_side(ko, known ? &pair.source_features[0]->words : nullptr);
    // Where the English writes the Korean persons' names: whole, or with one part differing.
    std::vector<text::TextSpan> person_spans;
    for (const names::KoreanPersonName& person : persons) {
      const names::PersonNameMatch match = names::MatchPersonName(person, en);
      if (match.outcome != Outcome::kAbsent && match.outcome != Outcome::kSurnameOnly) {
        person_spans.push_back(match.english_span);
      }
      if (match.outcome == Outcome::kMatched) NoteKoreanNameSpelling(pair, person, match);
      if (match.outcome != Outcome::kGivenDiffers && match.outcome != Outcome::kSurnameDiffers) {
        continue;
      }
      findings->push_back(PersonNameMismatch(pair, person.span, match));
    }
    // An English name must have a counterpart in the Korean: the same Latin text, a word that
    // transliterates it, a lexicon concept, or a person's surname or given name; each word of a
    // multi-word name, alone or run together with a neighbour (Los Angeles, 로스앤젤레스). Names in
    // a dateline and capitalized ordinary words ("Web") are not checked.
    //
    // Translations add names the Korean leaves implicit ("in Washington", "the Democratic
    // nominee"), so an unmatched English name is reported here only when the Korean has a name of
    // its own that nothing in the English matches: then one was put in the other's place. Other
    // unmatched names are reported at the end of the document when no sentence around them
    // mentions them either.
    std::vector<names::EnglishName> english_names = names::FindEnglishNames(en);
    std::vector<const names::EnglishName*> unexplained;
    const size_t dateline_end = DatelineEnd(en);
    // The story's first sentence starts after its dateline ("(CNN) Twenty-nine people"): a word
    // there has a capital as any sentence's first word has.
    if (dateline_end > 0) {
      size_t story_start = dateline_end;
      while (story_start < en.size() && (en[story_start] == ' ' || en[story_start] == '-')) {
        ++story_start;
      }
      for (names::EnglishName& name : english_names) {
        if (name.span.begin == story_start) name.starts_sentence = true;
      }
    }
    // A sentence's first word alone is a name only if NamesAtSentenceStart, or a Korean surname
    // that is an English word too (Lee, Park, Song, Moon) before what a person does ("Lee
    // said"), where the Korean names a person.
    english_names.erase(
        std::remove_if(english_names.begin(), english_names.end(),
                       [&](const names::EnglishName& name) {
                         if (!name.starts_sentence || name.words.size() != 1) return false;
                         const std::string_view word =
                             en.substr(name.span.begin, name.span.end - name.span.begin);
                         return !NamesAtSentenceStart(word, /*first_of_several=*/false, pair) &&
                                !(SurnameBeforeAVerb(en, name.span) &&
                                  (!persons.empty() || korean_side.NamesAnyoneBySurname()));
                       }),
        english_names.end());
    // A currency written with a capital after its amount ("5.71 billion Yuan") is the unit of
    // an amount the number check compares, no name.
    english_names.erase(
        std::remove_if(english_names.begin(), english_names.end(),
                       [&](const names::EnglishName& name) {
                         const text::TextSpan in_document = pair.target->ToDocument(name.span);
                         return std::any_of(pair.target_quantities.begin(),
                                            pair.target_quantities.end(),
                                            [&](const numbers::Quantity& q) {
                                              return q.kind == numbers::QuantityKind::kMoney &&
                                                     q.span.begin < in_document.begin &&
                                                     in_document.end <= q.span.end;
                                            });
                       }),
        english_names.end());
    // Acronyms the gazetteer names (EU, UN, NATO) after any dateline, which FindEnglishNames leaves
    // out, are names too: one with no counterpart may stand in the place of a Korean name ("the EU
    // Security Council" for 유엔 안보리). Never reported as added on their own (translations add
    // and spell out acronyms freely); not others (AP, FDA, GMT: a translation's attributions and
    // glosses, which the gazetteer cannot tell from a name put in another's place), nor dotted
    // ones (U.S.).
    const size_t regular_names = english_names.size();
    EnglishSide english_side(en);
    const std::vector<Acronym> acronyms = Acronyms(en, dateline_end);
    {
      for (const Acronym& acronym : acronyms) {
        if (acronym.dotted) continue;
        const text::TextSpan span = acronym.span;
        const align::EnglishWordEvidence& evidence = english_side.Evidence(acronym.letters);
        if (HasNameConcept(evidence)) {
          english_names.push_back({span, {span}, /*starts_sentence=*/false});
        }
      }
    }
    auto is_acronym = [&](const names::EnglishName& name) {
      return static_cast<size_t>(&name - english_names.data()) >= regular_names;
    };
    // A dateline's region that is where its city is needs no counterpart, whether or not the
    // lexicon knows it (LONDON, Ontario); one that is not is reported.
    const std::optional<Dateline> dateline =
        dateline_end > 0 ? ReadDateline(en, dateline_end) : std::nullopt;
    const std::optional<bool> region_fits =
        dateline ? DatelineRegionFits(dateline->city, dateline->region) : std::nullopt;
    const bool dateline_region_fits = region_fits == true;
    if (std::optional<Finding> f = DatelineMismatch(pair, dateline, region_fits)) {
      findings->push_back(std::move(*f));
    }
    std::vector<TransliteratedWord> transliterated;
    if (HasKoreanStyleName(en)) ReportListedKoreanNames(pair, &korean_side, persons, findings);
    // The words of each name that need a counterpart, by name.
    std::vector<std::vector<std::string_view>> significant_words;
    significant_words.reserve(english_names.size());
    for (const names::EnglishName& name : english_names) {
      significant_words.push_back(SignificantWords(en, name, pair));
    }
    auto significant_of = [&](const names::EnglishName& name) -> const auto& {
      return significant_words[static_cast<size_t>(&name - english_names.data())];
    };
    if (pair.notes != nullptr) {
      pair.notes->korean_sentences.push_back(
          {pair.pair_index, std::string(ko), pair.source_features});
      for (const std::vector<std::string_view>& words : significant_words) {
        for (std::string_view word : words) {
          pair.notes->english_name_words.emplace_back(pair.pair_index, AsciiLowerCase(word));
        }
      }
    }
    // A name in an English title where the Korean gives a title (both read on first need, once a
    // pair).
    std::optional<bool> translated_titles;
    std::optional<std::vector<text::TextSpan>> english_titles;
    auto translated_title = [&](text::TextSpan span) {
      if (!translated_titles) {
        // A Korean title of native words: a transliterated one ('다크 나이트' "The Dark Knight")
        // is matched word by word as any name.
        const std::vector<text::TextSpan> titles =
            ShortQuotations(ko, /*english=*/false, kKoreanTitleWords);
        // Only where no Korean title is transliterated, which the English title may render.
        translated_titles =
            !titles.empty() && std::all_of(titles.begin(), titles.end(), [&](text::TextSpan title) {
              const std::vector<names::HangulWord> words =
                  names::HangulWords(ko.substr(title.begin, title.end - title.begin));
              return !words.empty() &&
                     std::none_of(words.begin(), words.end(), [](const names::HangulWord& w) {
                       return names::LooksTransliterated(w.stem);
                     });
            });
      }
      if (!*translated_titles) return false;
      if (!english_titles)
        english_titles = ShortQuotations(en, /*english=*/true, kEnglishTitleWords);
      return InQuotation(*english_titles, span.begin, span.end);
    };
    for (const names::EnglishName& name : english_names) {
      if (name.span.begin < dateline_end && (IsGazetteerPlace(en, name) || dateline_region_fits)) {
        continue;
      }
      // Already reported as a person's name spelled wrong (other checks' findings, such as an
      // omission spanning the whole sentence, say nothing of its names).
      const bool reported = std::any_of(findings->begin(), findings->end(), [&](const Finding& f) {
        return f.pair_index == pair.pair_index && f.code == codes::kNameMismatch &&
               !f.target_spans.empty() &&
               f.target_spans[0].begin < pair.target->ToDocument(name.span).end &&
               pair.target->ToDocument(name.span).begin < f.target_spans[0].end;
      });
      if (reported) continue;
      if (const std::optional<OtherKorea> swap = NamesTheOtherKorea(en, name, ko)) {
        Finding f;
        f.pair_index = pair.pair_index;
        f.code = codes::kNameMismatch;
        f.severity = Severity::kMajor;
        f.category = MqmCategory::kMistranslation;
        f.message = StrCat("English has ", Quote(en, name.span), "; the Korean has ",
                           Quote(ko, swap->korean), ", which is ",
                           swap->english_says_north ? "South Korea" : "North Korea");
        f.source_spans.push_back(pair.source->ToDocument(swap->korean));
        f.target_spans.push_back(pair.target->ToDocument(name.span));
        findings->push_back(std::move(f));
        continue;
      }
      if (!OrdinaryWords(en, name, pair) &&
          !NameExplained(en, name, significant_of(name), pair, &korean_side, &english_side,
                         &transliterated) &&
          !translated_title(name.span)) {
        unexplained.push_back(&name);
      }
    }
    bool korean_orphan = false;
    if (!unexplained.empty()) {
      // Korean names without an English counterpart, matched against the English sentence's
      // names and lexicon concepts as the aligner saw them.
      std::vector<align::EnglishWordEvidence> english_words;
      for (const names::EnglishName& name : english_names) {
        if (is_acronym(name)) continue;  // Below, with the dotted ones.
        // A name the lexicon knows whole (Red Devils: 맨유) is one mention of it.
        align::EnglishWordEvidence multiword = MultiwordEvidence(en, name);
        if (!multiword.concepts.empty()) english_words.push_back(std::move(multiword));
        for (size_t k = 0; k < name.words.size(); ++k) {
          const std::string_view word = StripPossessive(
              en.substr(name.words[k].begin, name.words[k].end - name.words[k].begin));
          // "North" alone is North Korea (북한), and "North Korea" is North Korea only (not 한국 as
          // well); before another name it is only a direction (North Carolina, South Africa).
          const bool direction = word == "North" || word == "South";
          if (direction && k + 1 < name.words.size()) {
            const std::string_view next = StripPossessive(en.substr(
                name.words[k + 1].begin, name.words[k + 1].end - name.words[k + 1].begin));
            const bool korea = next == "Korea" || next == "Korean" || next == "Koreans";
            if (!korea) continue;
            if (word == "North") {
              english_words.push_back(english_side.Evidence(word));
              ++k;  // Korea here is part of North Korea.
              continue;
            }
          }
          english_words.push_back(english_side.Evidence(word));
          // And the concepts of names joined by a hyphen that the whole word does not find
          // (Vietnam of Korea-Vietnam: 한-베트남), the lexicon matching its stems by prefix.
          if (const size_t hyphen = word.find('-'); hyphen != std::string_view::npos &&
                                                    hyphen + 1 < word.size() &&
                                                    text::IsAsciiUpper(word[hyphen + 1])) {
            const std::vector<uint64_t> whole = english_words.back().concepts;
            for (const std::string_view part : {word.substr(0, hyphen), word.substr(hyphen + 1)}) {
              align::EnglishWordEvidence added;
              for (uint64_t c : english_side.Evidence(part).concepts) {
                if (std::find(whole.begin(), whole.end(), c) == whole.end()) {
                  added.concepts.push_back(c);
                }
              }
              if (!added.concepts.empty()) english_words.push_back(std::move(added));
            }
          }
          // A relative clause after the name ("Japan, which later changed its mind") stands for
          // the mention Korean makes again (일본이었으며, 일본은): the name counts twice.
          if (k + 1 == name.words.size()) {
            const std::string_view after = en.substr(name.span.end);
            if (after.substr(0, 8) == ", which " || after.substr(0, 6) == ", who ") {
              english_words.push_back(english_words.back());
            }
          }
        }
      }
      // And acronyms, which FindEnglishNames leaves out (EU for 유럽 연합, UN for 유엔), but not
      // a dateline's city in capitals: where the story was filed is no mention of the Korean's
      // place ("LONDON, England (CNN)" leaves 런던 twice in the Korean against one London).
      for (const Acronym& acronym : acronyms) {
        english_words.push_back(english_side.Evidence(acronym.letters));
      }
      // The given names of unexplained names shaped as a person's, given name and surname (Laura
      // of "Laura Berlin"): two words, the first no word the lexicon knows (Kurdish of "Kurdish
      // Regional Government", Iraqi of "Iraqi Lesbian" describe).
      std::vector<LatinForm> first_words;
      for (const names::EnglishName* name : unexplained) {
        const std::vector<std::string_view>& significant = significant_of(*name);
        if (significant.size() == 2 && english_side.Evidence(significant[0]).concepts.empty()) {
          first_words.push_back(MakeLatinForm(significant[0], names::kTransliterationMatch));
        }
      }
      // Names of one short word, which may be the surname of a whole Chinese name ("President
      // Xi" for 시진핑).
      std::vector<LatinForm> lone_surnames;
      for (const names::EnglishName& name : english_names) {
        const std::vector<std::string_view>& significant = significant_of(name);
        if (significant.size() == 1 && significant[0].size() <= kLongestSurname) {
          lone_surnames.push_back(
              MakeLatinForm(significant[0], name_matching::kSurnameOfWholeNameMatch));
        }
      }
      // A Korean's name the English has no counterpart for (Yoo Jae-suk: a Korean surname, a
      // hyphenated given name) may stand in the place of one the Korean lists without a title
      // (신동엽과 수지가): those are persons' names here. (Not Tony Leung Chiu-wai for 양조위,
      // whose Korean reading is no romanization of it.)
      const bool korean_name_unexplained =
          std::any_of(unexplained.begin(), unexplained.end(), [&](const names::EnglishName* name) {
            return HasKoreanSurnameAndGivenName(en, *name);
          });
      std::vector<names::KoreanPersonName> listed;
      if (korean_name_unexplained) {
        listed = ListedKoreanNames(&korean_side, persons);
        listed.insert(listed.end(), persons.begin(), persons.end());
      }
      const std::vector<names::KoreanPersonName>& orphan_persons =
          korean_name_unexplained ? listed : persons;
      OrphanSearch search;
      if (const std::optional<OrphanName> first =
              FirstKoreanOrphan(&korean_side, en, orphan_persons, english_words, first_words,
                                lone_surnames, pair, /*places_only=*/false, &search)) {
        korean_orphan = true;
        // A place or party describing a person ("the Democratic nominee") where the Korean names
        // the person (오바마) is no name put in another's place; it is one where the Korean has a
        // place nothing matches ("the French ambassador" for 영국 대사), looked for on purpose
        // when the first name left over is no place.
        std::optional<OrphanName> place = first->place ? first : std::nullopt;
        bool place_searched = first->place;
        // The names left over read so far with their NamePlainness, the rest read when these
        // will not do (RankCounterpart), whether all are, and where those the findings offer so
        // far begin.
        struct Candidate {
          OrphanName name;
          int plainness;
        };
        std::vector<Candidate> candidates = {{*first, NamePlainness(*first, ko)}};
        bool all_orphans_read = false;
        std::vector<uint32_t> offered;
        for (const names::EnglishName* name : unexplained) {
          const bool description = DescribesAPerson(en, significant_of(*name));
          if (description && !place_searched) {
            place_searched = true;
            place = FirstKoreanOrphan(&korean_side, en, orphan_persons, english_words, first_words,
                                      lone_surnames, pair,
                                      /*places_only=*/true);
          }
          if (description && !place) continue;
          const OrphanName* orphan = description ? &*place : &*first;
          if (!description) {
            const bool english_place = NamesAPlace(significant_of(*name), &english_side);
            auto rank = [&](const Candidate& c) {
              const bool is_offered =
                  std::find(offered.begin(), offered.end(), c.name.span.begin) != offered.end();
              return RankCounterpart(c.name, c.plainness, english_place, is_offered);
            };
            // The first of the likeliest, reading on up to one that none could beat.
            auto likeliest = [&]() -> const Candidate& {
              return *std::min_element(
                  candidates.begin(), candidates.end(),
                  [&](const Candidate& a, const Candidate& b) { return rank(a) < rank(b); });
            };
            if (rank(likeliest()) != kLikeliestCounterpart && !all_orphans_read) {
              all_orphans_read = true;
              ForEachKoreanOrphan(
                  &korean_side, en, orphan_persons, english_words, first_words, lone_surnames, pair,
                  /*places_only=*/false, &search, [&](OrphanName&& o) {
                    const int plainness = NamePlainness(o, ko);
                    candidates.push_back({std::move(o), plainness});
                    all_orphans_read = rank(candidates.back()) != kLikeliestCounterpart;
                    return !all_orphans_read;
                  });
            }
            orphan = &likeliest().name;
            offered.push_back(orphan->span.begin);
          }
          Finding f;
          f.pair_index = pair.pair_index;
          f.code = codes::kNameMismatch;
          f.severity = Severity::kMajor;
          f.category = MqmCategory::kMistranslation;
          const text::TextSpan quoted = QuotedNameSpan(en, *name, significant_of(*name));
          f.message = StrCat("English has ", Quote(en, quoted), "; the Korean has ",
                             Quote(ko, orphan->span), " (", orphan->romanized,
                             "), which nothing in the English matches");
          f.source_spans.push_back(pair.source->ToDocument(orphan->span));
          f.target_spans.push_back(pair.target->ToDocument(quoted));
          findings->push_back(std::move(f));
        }
      }
    }
    // A given name put in the place of another where the surname matches, unless reported above.
    std::vector<GivenNameVerdict> given_name_verdicts;
    for (const TransliteratedWord& match : transliterated) {
      if (std::optional<Finding> f =
              GivenNameMismatch(match, transliterated, english_names, persons, pair, &korean_side,
                                &english_side, *findings, &given_name_verdicts)) {
        findings->push_back(std::move(*f));
      }
    }
    // And a surname put in the place of another where the given name matches.
    for (const TransliteratedWord& match : transliterated) {
      if (std::optional<Finding> f =
              SurnameMismatch(match, transliterated, english_names, persons, person_spans, pair,
                              &korean_side, &english_side, *findings)) {
        findings->push_back(std::move(*f));
      }
    }
    // Otherwise a name the translation added on its own: reported at the end of the document if
    // the article does not mention it around this sentence either (FinishDocument). A name of one
    // word, or in a longer one a place nothing in the Korean matches: its other words have their
    // counterparts, and the Korean reads an ordinary word of it some other way (노동자체육장
    // Workers' Gymnasium). Not in a headline, whose capitals say nothing.
    // The Latin names of the Korean (IBM, NHK), and the English's words as a Latin name is looked
    // for among them (read on first need).
    std::vector<text::TextSpan> latin_found;
    if (!known) latin_found = names::FindLatinNames(ko);
    const std::vector<text::TextSpan>& korean_latin_names =
        known ? pair.source_features[0]->latin_names : latin_found;
    std::vector<std::string_view> english_latin_words;
    if (!korean_orphan && !unexplained.empty() && pair.notes != nullptr && !TitleCase(en)) {
      std::vector<std::string_view> korean_latin;
      for (const text::TextSpan& latin : korean_latin_names) {
        korean_latin.push_back(ko.substr(latin.begin, latin.end - latin.begin));
      }
      if (!korean_latin.empty()) english_latin_words = LatinWords(en);
      for (const names::EnglishName* name : unexplained) {
        if (!korean_latin.empty() &&
            InSpelledOutLatinName(en, english_latin_words, korean_latin, name->span)) {
          continue;
        }
        const std::vector<std::string_view>& significant = significant_of(*name);
        // A name of ordinary words alone that the lexicon knows whole has nothing to look for
        // around it by.
        if (significant.empty()) continue;
        // A description of a person needs no mention of its own (above: it is reported only
        // against a place the Korean has and the English never mentions).
        if (is_acronym(*name) || DescribesAPerson(en, significant)) continue;
        // A Korean's whole name (Kim Min-jae) is one name, which no word of it alone stands for:
        // its surname is too short and its given name hyphenated for the look below. Not one
        // whose Korean the sentence has while another word lacks a counterpart ("South Korean
        // Foreign Minister Ban Ki-moon" for 반기문 전 외교부 장관), nor one the Korean names by
        // surname and title (박 대통령, 박통), as English writes it whole.
        const bool korean_person = [&] {
          const std::optional<text::TextSpan> korean_name = KoreanSurnameAndGivenName(en, *name);
          if (!korean_name) return false;
          auto overlaps_korean_name = [&](text::TextSpan span) {
            return span.begin < korean_name->end && korean_name->begin < span.end;
          };
          const std::vector<names::PersonNameMatch>& listed = korean_side.listed_name_matches(en);
          const size_t surname_end = en.find(' ', korean_name->begin);
          return !korean_side.NamesBySurname(
                     en.substr(korean_name->begin, surname_end - korean_name->begin)) &&
                 std::none_of(person_spans.begin(), person_spans.end(), overlaps_korean_name) &&
                 std::none_of(listed.begin(), listed.end(), [&](const names::PersonNameMatch& m) {
                   return m.outcome != names::PersonNameMatch::Outcome::kAbsent &&
                          overlaps_korean_name(m.english_span);
                 });
        }();
        if (significant.size() > 1 && !korean_person) {
          // In a longer name, its words that are places or names nothing in the Korean matches,
          // by themselves ("the Association of Southeast Vienna Nations" for
          // 동남아시아국가연합, "Saddam Lausanne" for 사담 후세인); the name whole (below) when
          // that is every word of it ("David Johnson"). Not one a finding of this pair covers
          // already ("Kurds Hussein" for 사담 후세인).
          std::vector<std::string_view> without_counterpart;
          for (size_t k = 0; k < significant.size(); ++k) {
            if (PlaceWithoutCounterpart(en, significant[k], /*first=*/k == 0, pair, &korean_side,
                                        transliterated) ||
                NameWordWithoutCounterpart(en, significant, k, pair, &korean_side, transliterated,
                                           &english_side, persons, person_spans)) {
              without_counterpart.push_back(significant[k]);
            }
          }
          for (std::string_view word : without_counterpart) {
            if (without_counterpart.size() == significant.size()) break;
            const auto begin = static_cast<uint32_t>(word.data() - en.data());
            const text::TextSpan span =
                pair.target->ToDocument({begin, begin + static_cast<uint32_t>(word.size())});
            const bool covered =
                std::any_of(findings->begin(), findings->end(), [&](const Finding& f) {
                  return f.pair_index == pair.pair_index && AnyOverlaps(f.target_spans, span);
                });
            if (covered) continue;
            pair.notes->unmatched_english_names.push_back(
                {pair.pair_index, AsciiLowerCase(word), std::string(word), span});
          }
          if (without_counterpart.size() < significant.size()) continue;
        }
        // A first name sharing the surname of the next ("Joe and Jill Biden").
        const bool shares_surname = std::any_of(
            english_names.begin(), english_names.end(), [&](const names::EnglishName& next) {
              return next.words.size() > 1 && next.span.begin == name->span.end + 5 &&
                     en.substr(name->span.end, 5) == " and ";
            });
        if (shares_surname) continue;
        if (significant.size() == 1 && KoreaLeftUnnamed(significant[0], ko)) continue;
        // Looked for around by its last word: a person's surname, which the sentences around
        // repeat alone.
        const text::TextSpan quoted = QuotedNameSpan(en, *name, significant);
        pair.notes->unmatched_english_names.push_back(
            {pair.pair_index, AsciiLowerCase(significant.back()),
             std::string(en.substr(quoted.begin, quoted.end - quoted.begin)),
             pair.target->ToDocument(quoted)});
      }
    }
    if (pair.notes != nullptr) pair.notes->english_sentences.emplace_back(pair.pair_index, en);
    for (const text::TextSpan& latin : korean_latin_names) {
      const std::string_view token = ko.substr(latin.begin, latin.end - latin.begin);
      if (LatinGlossOrQuotedEnglish(ko, latin)) continue;
      if (english_latin_words.empty()) english_latin_words = LatinWords(en);
      if (EnglishCarriesLatinName(english_latin_words, token)) continue;
      if (GlossedWordTranslated(ko, latin, pair, &korean_side)) continue;
      if (IsAcronym(token) && AcronymTranslated(token, pair)) continue;
      if (pair.notes != nullptr && IsAcronym(token)) {
        pair.notes->missing_acronyms.push_back(
            {pair.pair_index, std::string(token), pair.source->ToDocument(latin)});
        continue;
      }
      findings->push_back(document_name_reports::MissingLatinName(pair.pair_index, token,
                                                                  pair.source->ToDocument(latin)));
    }
  }
};

}  // namespace

std::unique_ptr<PairCheck> MakeNameCheck() { return std::make_unique<NameCheck>(); }

}  // namespace galley::checks
