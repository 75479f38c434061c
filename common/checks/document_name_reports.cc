#include "common/checks/document_name_reports.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>

#include "common/align/news_lexicon.h"
#include "common/align/sentence_features.h"
#include "common/base/str_cat.h"
#include "common/checks/latin_names.h"
#include "common/checks/name_matching.h"
#include "common/checks/name_spellings.h"
#include "common/names/english_words.h"
#include "common/names/phonetic_match.h"
#include "common/names/transliteration.h"

namespace galley::checks::document_name_reports {
namespace {

using name_matching::KoreanSide;
using name_matching::LatinForm;
using name_matching::MakeLatinForm;

// How many pairs before and after an added English name are read for another mention of it, in
// either language: about the paragraphs around it, where a translator would take a name from.
// Dev set when the rule came in, name recall / clean lines flagged: 2: 0.905 / 0.106; 3: 0.905 /
// 0.101; 4: 0.903 / 0.099; 6: 0.900 / 0.096 (without the rule: 0.837 / 0.084).
constexpr uint32_t kNeighbourPairs = 3;

}  // namespace

void ReportNamesNoSentenceMentions(const DocumentNotes& notes, std::vector<Finding>* findings) {
  // Both lists are in pair order (the engine runs the pairs in turn): the entries of the pairs
  // around `pair_index`.
  auto around = [](const auto& by_pair, uint32_t pair_index, auto pair_of) {
    const uint32_t first = pair_index > kNeighbourPairs ? pair_index - kNeighbourPairs : 0;
    auto before = [&](const auto& entry, uint32_t index) { return pair_of(entry) < index; };
    return std::make_pair(
        std::lower_bound(by_pair.begin(), by_pair.end(), first, before),
        std::lower_bound(by_pair.begin(), by_pair.end(), pair_index + kNeighbourPairs + 1, before));
  };
  for (const DocumentNotes::UnmatchedEnglishName& name : notes.unmatched_english_names) {
    const auto [words_begin, words_end] =
        around(notes.english_name_words, name.pair_index, [](const auto& e) { return e.first; });
    const bool mentioned = std::any_of(words_begin, words_end, [&](const auto& other) {
      return other.first != name.pair_index &&
             name_spellings::SameNameWord(name.word, other.second);
    });
    if (mentioned) continue;
    // Nor the Korean of the sentences around, by what the aligner read there (a lexicon concept,
    // a Latin name, a person's name) or a word that transliterates it: looked for only where the
    // aligner's consonant skeletons hear one, which is cheap.
    const align::EnglishWordEvidence evidence = align::EvidenceForEnglishWord(name.word);
    const std::string skeleton_of_name = names::LatinSkeleton(name.word);
    const LatinForm latin = MakeLatinForm(name.word, names::kTransliterationMatch);
    const auto [sentences_begin, sentences_end] =
        around(notes.korean_sentences, name.pair_index, [](const auto& e) { return e.pair_index; });
    const bool in_korean = std::any_of(sentences_begin, sentences_end, [&](const auto& sentence) {
      if (sentence.pair_index == name.pair_index) return false;
      bool sounds_alike = false;
      for (const align::SentenceFeatures* features : sentence.features) {
        if (align::KoreanExplains(*features, evidence)) return true;
        for (const std::string& skeleton : features->skeletons) {
          sounds_alike = sounds_alike || names::SkeletonsMatch(skeleton, skeleton_of_name);
        }
      }
      if (!sounds_alike) return false;
      KoreanSide korean(sentence.text,
                        sentence.features.size() == 1 ? &sentence.features[0]->words : nullptr);
      return korean.FirstTransliterationOf(latin) != nullptr;
    });
    if (in_korean) continue;
    Finding f;
    f.pair_index = name.pair_index;
    f.code = codes::kNameMismatch;
    f.severity = Severity::kMajor;
    f.category = MqmCategory::kAddition;
    f.message = StrCat("English has ", name.text,
                       ", which neither the Korean nor the sentences around it mention");
    f.target_spans.push_back(name.target);
    findings->push_back(std::move(f));
  }
}

void ReportMissingAcronyms(const DocumentNotes& notes, std::vector<Finding>* findings) {
  for (const DocumentNotes::MissingAcronym& missing : notes.missing_acronyms) {
    const uint32_t first =
        missing.pair_index > kNeighbourPairs ? missing.pair_index - kNeighbourPairs : 0;
    // In pair order (the engine runs the pairs in turn).
    auto before = [](const auto& sentence, uint32_t index) { return sentence.first < index; };
    const auto begin = std::lower_bound(notes.english_sentences.begin(),
                                        notes.english_sentences.end(), first, before);
    const auto end = std::lower_bound(begin, notes.english_sentences.end(),
                                      missing.pair_index + kNeighbourPairs + 1, before);
    const bool carried = std::any_of(begin, end, [&](const auto& other) {
      return other.first != missing.pair_index &&
             latin_names::EnglishCarriesLatinName(latin_names::LatinWords(other.second),
                                                  missing.acronym);
    });
    if (!carried) {
      findings->push_back(MissingLatinName(missing.pair_index, missing.acronym, missing.source));
    }
  }
}

void ReportInconsistentNames(const DocumentNotes& notes, std::vector<Finding>* findings) {
  using name_spellings::SamePersonSpelling;
  using name_spellings::SpellingKey;
  using name_spellings::SpellingVariants;
  std::vector<std::pair<std::string_view, const NameSpelling*>> first;  // Korean -> first seen.
  std::vector<std::tuple<std::string_view, std::string, uint32_t>> reported;
  // Reports spelling `s` (whose SpellingKey is `key`) against `reference`, once a pair.
  auto report = [&](const NameSpelling& s, std::string_view reference, uint32_t reference_pair,
                    const std::string& key) {
    const auto once = std::make_tuple(std::string_view(s.korean), key, s.pair_index);
    if (std::find(reported.begin(), reported.end(), once) != reported.end()) return;
    reported.push_back(once);
    Finding f;
    f.pair_index = s.pair_index;
    f.code = codes::kNameInconsistent;
    f.severity = Severity::kMajor;
    f.category = MqmCategory::kTerminology;
    f.message = StrCat("Korean ", s.korean, " is written \"", s.english, "\" here but \"",
                       reference, "\" in pair ", reference_pair, "; one name, one spelling");
    f.source_spans.push_back(s.source);
    f.target_spans.push_back(s.target);
    findings->push_back(std::move(f));
  };
  for (const NameSpelling& s : notes.name_spellings) {
    auto it = std::find_if(first.begin(), first.end(),
                           [&](const auto& f) { return f.first == s.korean; });
    if (it == first.end()) {
      first.emplace_back(s.korean, &s);
      continue;
    }
    const NameSpelling& reference = *it->second;
    const std::string key = SpellingKey(s.english);
    if (s.person && reference.person ? SamePersonSpelling(reference.english, s.english)
                                     : !SpellingVariants(SpellingKey(reference.english), key)) {
      continue;
    }
    report(s, reference.english, reference.pair_index, key);
  }
  // A transliteration of a name the lexicon knows, spelled close to but not as the lexicon's
  // spelling the document uses elsewhere ("Bejing" for 베이징 where another sentence has
  // Beijing). Of six letters or more and no English word: shorter ones and words are as often
  // other names or words of their own that sound alike (Roma and Rome for 로마, Asian and ASEAN
  // for 아세안).
  constexpr size_t kShortestGarbledName = 6;
  const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
  std::vector<uint32_t> concepts;
  for (const NameSpelling& s : notes.name_spellings) {
    if (s.person || notes.known_name_renderings.empty()) continue;
    const std::string key = SpellingKey(s.english);
    if (key.size() < kShortestGarbledName || names::IsEnglishDictionaryWord(s.english)) continue;
    concepts.clear();
    lexicon.KoreanConcepts(s.korean, &concepts);
    for (const DocumentNotes::KnownNameRendering& r : notes.known_name_renderings) {
      const bool same_name = std::any_of(r.concepts.begin(), r.concepts.end(), [&](uint32_t c) {
        return std::find(concepts.begin(), concepts.end(), c) != concepts.end();
      });
      if (same_name && SpellingVariants(SpellingKey(r.english), key)) {
        report(s, r.english, r.pair_index, key);
        break;
      }
    }
  }
}

Finding MissingLatinName(uint32_t pair_index, std::string_view token, text::TextSpan source) {
  Finding f;
  f.pair_index = pair_index;
  f.code = codes::kNameMissing;
  f.severity = Severity::kMinor;
  f.category = MqmCategory::kOmission;
  f.message = StrCat("Korean has the name ", token,
                     "; the English does not (Latin names are normally kept as they are)");
  f.source_spans.push_back(source);
  return f;
}

}  // namespace galley::checks::document_name_reports
