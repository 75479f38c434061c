#include "common/checks/korean_orphans.h"

#include <algorithm>
#include <optional>

#include "common/align/news_lexicon.h"
#include "common/checks/latin_names.h"
#include "common/names/english_words.h"
#include "common/names/korean_words.h"
#include "common/names/romanizer.h"

namespace galley::checks::korean_orphans {
namespace {

using latin_names::ContainsWord;
using latin_names::EnglishCarriesLatinName;
using latin_names::LatinNameAfter;
using latin_names::LatinWords;
using latin_names::SpellsAnAcronymOf;
using name_matching::AddHangulForms;
using name_matching::AfterNumber;
using name_matching::AnyTransliterates;
using name_matching::EnglishWordPhonemes;
using name_matching::HangulForm;
using name_matching::HasNameConcept;
using name_matching::IsPersonsName;
using name_matching::kHangulSyllableBytes;
using name_matching::kKoreanFullNameBytes;
using name_matching::KoreanSide;
using name_matching::kUncontestedMatch;
using name_matching::LatinForm;
using name_matching::LowerCaseConcepts;
using name_matching::MayBeName;

// Whether Hangul word `w` of `ko`, which comes right after a word that may be a transliterated
// name, is the rest of that name: a one-syllable word (크리스토퍼 힐 Christopher Hill, 피터 킹
// Peter King), or a name-like word before a title (무아메르 굴러 이스탄불 주지사 Istanbul Gov.
// Muammer Guler).
bool RestOfForeignName(std::string_view ko, const names::HangulWord& w) {
  if (w.stem.size() == 3) {
    return !name_matching::IsNotNameSyllable(w.stem);
  }
  if (w.span.end + 1 >= ko.size() || ko[w.span.end] != ' ') return false;
  if (names::TitleFollows(w.stem) || !names::MayBeTransliterated(w.stem, -1.0) ||
      !names::TitleFollows(ko.substr(w.span.end + 1))) {
    return false;
  }
  // Not a word the lexicon knows (시정부 municipal government), whole or as a compound's tail.
  const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
  std::vector<uint32_t> concepts;
  lexicon.KoreanConcepts(w.stem, &concepts);
  if (const size_t split = names::CompoundSplit(w.stem)) {
    lexicon.KoreanConcepts(w.stem.substr(split), &concepts);
  }
  return concepts.empty();
}

// A storm's name follows its kind, a bare word (태풍 나비 Typhoon Nabi, 열대성 폭풍 '돌리' Tropical
// Storm Dolly), whatever ordinary word it is (나비 butterfly, 돌리 as of 돌리다).
bool IsStormWord(std::string_view stem) {
  return stem == "태풍" || stem == "폭풍" || stem == "허리케인" || stem == "사이클론";
}
// Words of weather reports that follow a storm word as no name does (태풍 경보 typhoon warning,
// 태풍 피해 typhoon damage); the names Korea gives typhoons are other native words (나비, 매미).
bool IsStormReportWord(std::string_view stem) {
  static constexpr std::string_view kWords[] = {"경보", "주의보", "특보", "피해", "영향",
                                                "경로", "북상",   "상륙", "소멸", "위력",
                                                "중심", "대비",   "예보", "소식"};
  return std::find(std::begin(kWords), std::end(kWords), stem) != std::end(kWords);
}
// Whether the text between a storm word and the next word is only spaces and quotation marks.
bool StormNameFollows(std::string_view between) {
  for (size_t i = 0; i < between.size();) {
    if (between[i] == ' ' || between[i] == '\'' || between[i] == '"') {
      ++i;
    } else if (between.substr(i, 3) == "‘" || between.substr(i, 3) == "“") {
      i += 3;
    } else {
      return false;
    }
  }
  return !between.empty();
}

// How many Korean words up to and including `w` name a place `w` names (`concepts_of_w`: its
// lexicon concepts): 이라크 and 이라크전 both mention Iraq.
size_t PlaceMentionsSoFar(KoreanSide* korean_side, const names::HangulWord& w,
                          const std::vector<uint32_t>& concepts_of_w) {
  const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
  std::vector<uint32_t> places;
  for (uint32_t c : concepts_of_w) {
    if (lexicon.IsName(c)) places.push_back(c);
  }
  std::sort(places.begin(), places.end());
  std::vector<uint32_t> concepts;
  size_t count = 0;
  for (const names::HangulWord& v : korean_side->words()) {
    if (v.span.begin > w.span.begin) break;
    if (v.stem == w.stem) {
      ++count;
      continue;
    }
    concepts.clear();
    lexicon.KoreanConcepts(v.stem, &concepts);
    count +=
        std::any_of(concepts.begin(), concepts.end(),
                    [&](uint32_t c) { return std::binary_search(places.begin(), places.end(), c); })
            ? 1
            : 0;
  }
  return count;
}

// Whether person name `person`, written `text` in the Korean, is a Korean's and not a foreign name
// FindKoreanPersonNames took for one (로버트 before 무가베 대통령, 기시다 before 후미오 일본 총리):
// it does not look transliterated, and it is an entry of the dictionary (the famous: 반기문), has
// one of the forty commonest surnames, which nine Koreans in ten have, or its syllables are
// plainly native (a loanword score under -1.5: 봉준호 -1.7; 기시다 -1.3).
bool LooksKorean(const names::KoreanPersonName& person, std::string_view text) {
  static constexpr std::string_view kCommonSurnames[] = {
      "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신",
      "권", "황", "안", "송", "류", "유", "전", "홍", "고", "문", "양", "손", "배", "백",
      "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민"};
  constexpr double kNativeLoanwordScore = -1.5;
  if (names::LooksTransliterated(text)) return false;
  return names::IsKoreanDictionaryWord(text) ||
         std::find(std::begin(kCommonSurnames), std::end(kCommonSurnames), person.surname) !=
             std::end(kCommonSurnames) ||
         names::LoanwordScore(text) < kNativeLoanwordScore;
}

// Whether Hangul word stem `stem` is a dictionary word made of two dictionary words, the first no
// name the lexicon knows and the second native (프로야구 professional baseball: 프로 + 야구): a
// common noun, though a loanword in it makes it look transliterated. Not a name and the kind of
// place or thing it is (뉴욕증권거래소, 뉴욕 being a name; 루브르박물관, whose 루브르 is no
// dictionary word).
bool CompoundOfCommonWords(std::string_view stem) {
  constexpr size_t kSyllable = kHangulSyllableBytes;
  if (stem.size() < 4 * kSyllable || !names::IsKoreanDictionaryWord(stem)) return false;
  for (size_t split = 2 * kSyllable; split + 2 * kSyllable <= stem.size(); split += kSyllable) {
    const std::string_view head = stem.substr(0, split), tail = stem.substr(split);
    if (names::IsKoreanDictionaryWord(head) && names::IsKoreanDictionaryWord(tail) &&
        names::LoanwordScore(tail) < 0 && !name_matching::IsKnownName(head) &&
        !name_matching::IsKnownName(stem)) {
      return true;
    }
  }
  return false;
}

// Whether Hangul word `stem` is a country Korean news names before its cities (미국 뉴욕, 일본
// 오사카): the countries the news names most.
bool IsCountryBeforeCities(std::string_view stem) {
  static constexpr std::string_view kCountries[] = {
      "미국",     "일본",     "중국",   "영국",       "프랑스",   "독일",     "러시아",
      "이탈리아", "스페인",   "캐나다", "호주",       "인도",     "브라질",   "멕시코",
      "태국",     "베트남",   "필리핀", "인도네시아", "이스라엘", "이란",     "이라크",
      "터키",     "튀르키예", "이집트", "우크라이나", "대만",     "파키스탄", "아프가니스탄"};
  return std::find(std::begin(kCountries), std::end(kCountries), stem) != std::end(kCountries);
}
}  // namespace

void ForEachKoreanOrphan(KoreanSide* korean_side, std::string_view en,
                         const std::vector<names::KoreanPersonName>& persons,
                         const std::vector<align::EnglishWordEvidence>& english,
                         const std::vector<LatinForm>& first_words,
                         const std::vector<LatinForm>& lone_surnames, const PairContext& pair,
                         bool places_only, OrphanSearch* search,
                         const std::function<bool(OrphanName&&)>& found) {
  const std::string_view ko = korean_side->text();
  const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
  std::vector<LatinForm>& name_forms = search->name_forms;
  std::vector<LatinForm>& loanword_forms = search->loanword_forms;
  bool& name_forms_built = search->name_forms_built;
  bool& loanword_forms_built = search->loanword_forms_built;
  std::vector<uint32_t>& lower_case_concepts = search->lower_case_concepts;
  bool& lower_case_concepts_read = search->lower_case_concepts_read;
  bool& previous_transliterated = search->previous_transliterated;
  bool& previous_storm = search->previous_storm;
  bool& previous_first_word = search->previous_first_word;
  size_t& previous_end = search->previous_end;
  std::vector<std::string_view>& english_latin_words = search->english_latin_words;
  bool& english_latin_words_read = search->english_latin_words_read;
  std::vector<uint32_t> concept_ids;
  std::vector<HangulForm> forms;
  // Whether an English name word expresses lexicon concept `c`.
  auto english_mentions = [&](uint32_t c) {
    return std::any_of(english.begin(), english.end(), [&](const align::EnglishWordEvidence& e) {
      return std::find(e.concepts.begin(), e.concepts.end(), uint64_t{c}) != e.concepts.end();
    });
  };
  // Whether name form `k`'s word is a common English word translating a word of the Korean
  // sentence other than the one whose lexicon concepts are `own`.
  auto translates_another_word = [&](size_t k, const std::vector<uint32_t>& own) {
    if (search->name_form_translations.size() != name_forms.size()) {
      search->name_form_translations.assign(name_forms.size(), std::nullopt);
    }
    std::optional<std::vector<uint64_t>>& read = search->name_form_translations[k];
    if (!read) {
      read.emplace();
      const std::string_view source = name_forms[k].source;
      if (!source.empty() && names::IsEnglishDictionaryWord(source)) {
        const align::EnglishWordEvidence evidence = align::EvidenceForEnglishWord(source);
        if (!HasNameConcept(evidence)) {
          for (uint64_t c : evidence.concepts) {
            const bool in_korean = std::any_of(
                pair.source_features.begin(), pair.source_features.end(),
                [&](const align::SentenceFeatures* korean) {
                  return std::binary_search(korean->concepts.begin(), korean->concepts.end(), c);
                });
            if (in_korean) read->push_back(c);
          }
        }
      }
    }
    const std::vector<uint64_t>& translated = *read;
    return !translated.empty() &&
           std::none_of(translated.begin(), translated.end(), [&](uint64_t c) {
             return std::find(own.begin(), own.end(), static_cast<uint32_t>(c)) != own.end();
           });
  };
  const std::vector<names::HangulWord>& words = korean_side->words();
  while (search->next_word < words.size()) {
    const names::HangulWord& w = words[search->next_word++];
    const auto person_it = std::find_if(persons.begin(), persons.end(), [&](const auto& p) {
      return p.span.begin == w.span.begin;
    });
    const std::string_view whole = ko.substr(w.span.begin, w.span.end - w.span.begin);
    const bool person = person_it != persons.end() && IsPersonsName(*person_it, w.stem, whole);
    concept_ids.clear();
    lexicon.KoreanConcepts(w.stem, &concept_ids);
    auto names_a_place = [&] {
      return std::any_of(concept_ids.begin(), concept_ids.end(),
                         [&](uint32_t c) { return lexicon.IsName(c); });
    };
    // A place whose last syllable was taken for a particle (경기도 is no 경기 + 도 'also'): the
    // whole word is what names it.
    std::string_view name_text =
        person ? ko.substr(person_it->span.begin, person_it->span.end - person_it->span.begin)
               : w.stem;
    if (!names_a_place() && whole.size() == w.stem.size() + 3) {
      concept_ids.clear();
      lexicon.KoreanConcepts(whole, &concept_ids);
      if (names_a_place()) name_text = whole;
    }
    const bool named_place = names_a_place();
    // Right after a word that may be a foreign name (젠슨 황: Jensen Huang).
    const bool after_foreign_word = previous_transliterated && w.span.begin == previous_end + 1;
    // The rest of a foreign name: after its first word, the word English has first in an
    // unexplained name of several (로라 부시 for "Laura Berlin"), or a word only a name's rest is.
    const bool follows_name =
        (previous_transliterated && w.span.begin == previous_end + 1 &&
         ((previous_first_word && concept_ids.empty() && !names::TitleFollows(w.stem)) ||
          RestOfForeignName(ko, w))) ||
        (previous_storm && StormNameFollows(ko.substr(previous_end, w.span.begin - previous_end)) &&
         !IsStormReportWord(w.stem));
    // A name of one syllable before a particle (톰은) is that syllable, the first of two.
    const bool one_syllable_name = name_matching::OneSyllableNameBeforeParticle(w.stem) &&
                                   !names::IsKoreanDictionaryWord(w.stem);
    if (one_syllable_name && name_text == w.stem) name_text = w.stem.substr(0, w.stem.size() / 2);
    // Not a compound of a plainly native head and a dictionary word (대륙간탄도미사일: an
    // intercontinental ballistic missile; 인기스타 a pop star), which a loanword at its end makes
    // look transliterated. (두바이유 splits as 두바 + 이유 'reason': 두바 scores 0.25.)
    constexpr double kNativeHeadScore = -0.5;
    auto native_compound = [&] {
      const size_t split = names::CompoundSplit(w.stem);
      return (split > 0 && names::LoanwordScore(w.stem.substr(0, split)) < kNativeHeadScore) ||
             CompoundOfCommonWords(w.stem);
    };
    previous_transliterated = (MayBeName(w.stem) && !native_compound()) || one_syllable_name;
    previous_first_word = false;
    if (previous_transliterated && !first_words.empty() && whole.size() == w.stem.size()) {
      forms.clear();
      AddHangulForms(ko, w, /*known_name=*/false, &forms);
      previous_first_word = std::any_of(first_words.begin(), first_words.end(), [&](const auto& l) {
        return std::any_of(forms.begin(), forms.end(), [&](const HangulForm& h) {
          return name_matching::Transliterates(h, l);
        });
      });
    }
    previous_storm = IsStormWord(whole);  // Bare: 태풍이 상륙하기 is no storm's name.
    previous_end = w.span.end;
    if (AfterNumber(ko, w)) continue;
    // A country right before a city of it the English names (미국 뉴욕, 일본 도쿄, 프랑스 파리):
    // English names the city alone, the country going without saying. A city's name is
    // transliterated, an institution's is not (일본 기상청, the Japan Meteorological Agency, names
    // the country in English too).
    if (named_place && !person && whole.size() == w.stem.size() && IsCountryBeforeCities(w.stem) &&
        &w + 1 != korean_side->words().data() + korean_side->words().size()) {
      const names::HangulWord& next = *(&w + 1);
      if (next.span.begin == w.span.end + 1 && ko[w.span.end] == ' ' &&
          !name_matching::IsNativeKnownName(next.stem)) {
        std::vector<uint32_t> next_concepts;
        lexicon.KoreanConcepts(next.stem, &next_concepts);
        const bool next_mentioned =
            std::any_of(next_concepts.begin(), next_concepts.end(),
                        [&](uint32_t c) { return lexicon.IsName(c) && english_mentions(c); });
        if (next_mentioned) continue;
      }
    }
    // A word written together with a Latin name (마이크로RNA microRNA, 챗GPT ChatGPT) or glossed
    // by one in parentheses after it (미국여자프로골프(LPGA), 세계보건기구(WHO)) is mentioned where
    // the English names it by that name: not where the English glosses a name with it in turn
    // ("British Airways (BA)"), the name before being the word's rendering.
    if (const std::string_view latin = LatinNameAfter(ko, w.span.end); !latin.empty()) {
      if (!english_latin_words_read) {
        english_latin_words_read = true;
        english_latin_words = LatinWords(en);
        std::erase_if(english_latin_words, [&](std::string_view word) {
          const size_t begin = static_cast<size_t>(word.data() - en.data());
          const size_t end = begin + word.size();
          return begin > 0 && en[begin - 1] == '(' && end < en.size() && en[end] == ')';
        });
      }
      if (EnglishCarriesLatinName(english_latin_words, latin)) continue;
    }
    // A person named by surname and title alone (윤 대통령): a name no English word matches
    // unless one is a spelling of the surname. Not the surname of a foreign name written given
    // name first (젠슨 황 최고경영자, Jensen Huang), which is matched as a transliteration.
    // Likewise a private person by surname and 씨 or 모 (김씨는, 박모씨).
    const std::vector<std::string_view>* spellings = nullptr;
    if (!after_foreign_word) {
      spellings = name_matching::SurnameBeforeTitle(ko, w, /*unambiguous=*/true);
      if (spellings == nullptr && !person) spellings = name_matching::SurnameWithHonorific(w.stem);
    }
    if (spellings != nullptr) {
      const bool in_english = std::any_of(spellings->begin(), spellings->end(),
                                          [&](std::string_view s) { return ContainsWord(en, s); });
      if (in_english || places_only) continue;
      const text::TextSpan stem_span{w.span.begin,
                                     w.span.begin + static_cast<uint32_t>(w.stem.size())};
      if (found(OrphanName{stem_span, std::string(spellings->front()), /*place=*/false,
                           /*person=*/true})) {
        return;
      }
      continue;
    }
    // A word before a title names someone whatever else it means (부시 미국 대통령).
    const bool before_title = !person && !named_place && !previous_transliterated &&
                              name_matching::BeforeTitle(w.stem, ko.substr(w.span.end));
    if (!person && !named_place && !previous_transliterated && !follows_name && !before_title) {
      continue;
    }
    if (SpellsAnAcronymOf(w.stem, en)) continue;
    // Countries by a syllable each (미일 the U.S. and Japan): each must be mentioned, as a place
    // the lexicon knows is.
    if (!person && !named_place) {
      const std::vector<std::vector<uint32_t>> countries =
          name_matching::CountryAbbreviation(w.stem);
      if (!countries.empty()) {
        const bool all_mentioned =
            std::all_of(countries.begin(), countries.end(), [&](const std::vector<uint32_t>& c) {
              return std::any_of(c.begin(), c.end(), english_mentions);
            });
        if (all_mentioned) continue;
        const text::TextSpan stem_span{w.span.begin,
                                       w.span.begin + static_cast<uint32_t>(w.stem.size())};
        if (found(OrphanName{stem_span, names::RomanizeHangul(w.stem), /*place=*/true})) return;
        continue;
      }
    }
    // Only candidates pay for their concepts and phonemes, the cheap tests first.
    align::SentenceFeatures korean = align::KoreanWordFeatures(name_text);
    // A name is mentioned by a name: 삼성전자 (Samsung, and "electronics") by Samsung, not by the
    // common word of another's name (LG Electronics).
    if (named_place) {
      std::erase_if(korean.concepts,
                    [&](uint64_t c) { return !lexicon.IsName(static_cast<uint32_t>(c)); });
    }
    const size_t english_mentions =
        static_cast<size_t>(std::count_if(english.begin(), english.end(), [&](const auto& e) {
          return align::KoreanExplains(korean, e);
        }));
    bool matched = english_mentions > 0;
    // (A Korean's full name; 장위 is Jiang Yu's, whose "Jiang" it matches.)
    const bool korean_person =
        person && name_text.size() == kKoreanFullNameBytes && LooksKorean(*person_it, name_text);
    std::string person_spelling;  // A person's name as English usually spells it (Lee Ha-kyung).
    if (!matched && person) {
      // A person's name the English writes whole in any of its forms (박동선씨, Tongsun Park), or
      // spells wrong (reported above); a surname alone may go with another's given name.
      using Outcome = names::PersonNameMatch::Outcome;
      names::PersonNameMatch match = names::MatchPersonName(*person_it, en);
      matched = match.outcome != Outcome::kAbsent && match.outcome != Outcome::kSurnameOnly;
      if (korean_person || person_it->given == "모") person_spelling = std::move(match.expected);
    }
    if (matched && named_place &&
        PlaceMentionsSoFar(korean_side, w, concept_ids) > english_mentions) {
      // A place the Korean names more often than the English does (이라크 ... 이라크 against one
      // "Iraqi"): one of its mentions went to another name. Lexicon places only: Korean repeats a
      // person's name where English says "he".
      matched = false;
    } else if (!matched) {
      // A lexicon concept the English sentence expresses in lower case ("the capital" for 서울,
      // inter-Korean for 남북). A place is held to the sentence's lower-case words: the aligner's
      // concepts of the sentence take in its names too, "North" of North Carolina among them.
      if (named_place) {
        if (!lower_case_concepts_read) {
          lower_case_concepts_read = true;
          lower_case_concepts = LowerCaseConcepts(en);
        }
        for (uint64_t c : korean.concepts) {
          matched =
              matched || std::binary_search(lower_case_concepts.begin(), lower_case_concepts.end(),
                                            static_cast<uint32_t>(c));
        }
        // A ministry (통일부, 국무부) the English refers back to as "the ministry" or "the
        // department" (ContainsWord takes "ministry's" and "ministry’s" too).
        constexpr std::string_view kMinistry = "부";
        if (!matched && name_text.size() >= 2 * kMinistry.size() &&
            name_text.substr(name_text.size() - kMinistry.size()) == kMinistry) {
          matched = ContainsWord(en, "ministry") || ContainsWord(en, "department");
        }
      } else {
        for (const align::SentenceFeatures* english_sentence : pair.target_features) {
          for (uint64_t c : korean.concepts) {
            matched = matched || std::binary_search(english_sentence->concepts.begin(),
                                                    english_sentence->concepts.end(), c);
          }
        }
      }
      // A Korean person's name is matched by MatchPersonName alone: it is romanized, not
      // transliterated, and a transliteration's likeness to it is chance ("ParkChan" and 봉준호:
      // 0.61).
      if (!matched && !korean_person) {
        if (!name_forms_built) {
          name_forms_built = true;
          name_forms = EnglishWordPhonemes(en, name_matching::EnglishWordKind::kNames);
        }
        forms.clear();
        AddHangulForms(ko, w, person || named_place || before_title, &forms);
        // Whether the lexicon knows the whole word as a name, asked once.
        std::optional<bool> whole_word_named;
        // An English name that renders another Korean word more closely is that word's (Beijing
        // is 베이징's, not 자오징's).
        for (size_t k = 0; !matched && k < name_forms.size(); ++k) {
          // A place the lexicon knows is no transliteration of another name it knows: Iraq is
          // not 이란's (인텔리전스, which begins with 인텔 Intel, is Intelligence's); nor of a
          // common English word, as the English names' explanation has it ("Quality" is not
          // 그리스's).
          const std::string_view source = name_forms[k].source;
          if (named_place && !source.empty()) {
            if (HasNameConcept(align::EvidenceForEnglishWord(source))) continue;
            if (!whole_word_named) whole_word_named = name_matching::IsKnownName(w.stem);
            if (*whole_word_named && name_matching::IsCommonWordOfNoKnownName(source)) continue;
          }
          // A common word that translates another word of the Korean is that word's, not a
          // transliteration of this one: "Shrine" is 신사's in 야스쿠니 신사, not 사나에's (0.74).
          if (translates_another_word(k, concept_ids)) continue;
          for (const HangulForm& h : forms) {
            const double similarity = name_matching::Transliteration(h, name_forms[k]);
            // (A loose likeness of a famous surname's rendering is another name: Bassett is not
            // 베선트's, which reads Bessent.)
            if (similarity >= 0 &&
                (similarity >= kUncontestedMatch ||
                 (!korean_side->RendersMoreClosely(name_forms[k], similarity, w.span) &&
                  !name_matching::RendersAFamousSurname(h, source)))) {
              matched = true;
              break;
            }
          }
        }
        // A whole Chinese name the English gives by its surname ("President Xi" for 시진핑).
        matched = matched ||
                  std::any_of(lone_surnames.begin(), lone_surnames.end(), [&](const LatinForm& l) {
                    return name_matching::SurnameOfWholeName(w.stem, l);
                  });
        // Known names, and the rest of a foreign name (벨 of 버웰 벨, though 벨 is "bell" too):
        // capitalized words only.
        if (!matched && !person && !named_place && !follows_name) {
          if (!loanword_forms_built) {
            loanword_forms_built = true;
            loanword_forms = EnglishWordPhonemes(en, name_matching::EnglishWordKind::kLoanwords);
          }
          matched = AnyTransliterates(forms, loanword_forms,
                                      names::IsOrdinaryKoreanWord(w.stem)
                                          ? name_matching::kLowerCaseWordMatch
                                          : name_matching::kNameAsLowerCaseWordMatch);
        }
      }
    }
    // A person whose name is a place's too (한강 the river, and Han Kang the writer), whom English
    // names by her surname alone ("Han is the first Korean ...").
    if (!matched && named_place && !person &&
        (name_text.size() == 2 * kHangulSyllableBytes ||
         name_text.size() == 3 * kHangulSyllableBytes)) {
      const std::vector<std::string_view>& spellings =
          names::SurnameSpellings(name_text.substr(0, kHangulSyllableBytes));
      matched = std::any_of(spellings.begin(), spellings.end(), [&](std::string_view s) {
        return s.size() > 1 && ContainsWord(en, s);  // Not I, the pronoun.
      });
    }
    // A Korean's name listed without a title (신유빈이, which looks transliterated enough to be a
    // candidate) that the English writes whole, as it romanizes a person's (Shin Yu-bin).
    if (!matched && !person) {
      const std::vector<names::KoreanPersonName>& listed = korean_side->listed_names();
      matched = std::any_of(listed.begin(), listed.end(), [&](const names::KoreanPersonName& p) {
        return p.span.begin == w.span.begin &&
               names::MatchPersonName(p, en).outcome == names::PersonNameMatch::Outcome::kMatched;
      });
    }
    // Places only: a place the English never mentions, not one it mentions fewer times.
    if (matched || (places_only && (!named_place || english_mentions > 0))) continue;
    const size_t begin = static_cast<size_t>(name_text.data() - ko.data());
    if (found(OrphanName{
            {static_cast<uint32_t>(begin), static_cast<uint32_t>(begin + name_text.size())},
            person_spelling.empty() ? names::RomanizeHangul(name_text) : std::move(person_spelling),
            named_place,
            person || before_title || follows_name})) {
      return;
    }
  }
}

std::optional<OrphanName> FirstKoreanOrphan(KoreanSide* korean_side, std::string_view en,
                                            const std::vector<names::KoreanPersonName>& persons,
                                            const std::vector<align::EnglishWordEvidence>& english,
                                            const std::vector<LatinForm>& first_words,
                                            const std::vector<LatinForm>& lone_surnames,
                                            const PairContext& pair, bool places_only,
                                            OrphanSearch* search) {
  OrphanSearch new_search;
  std::optional<OrphanName> first;
  ForEachKoreanOrphan(korean_side, en, persons, english, first_words, lone_surnames, pair,
                      places_only, search != nullptr ? search : &new_search,
                      [&](OrphanName&& orphan) {
                        first = std::move(orphan);
                        return true;
                      });
  return first;
}

}  // namespace galley::checks::korean_orphans
