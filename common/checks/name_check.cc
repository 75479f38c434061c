// NAME_MISMATCH / NAME_MISSING: Korean person names against their English renderings, and Latin
// names inside the Korean (IBM, NHK) that must appear unchanged in the English.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "common/base/str_cat.h"
#include "common/checks/pair_context.h"
#include "common/align/news_lexicon.h"
#include "common/align/sentence_features.h"
#include "common/names/korean_words.h"
#include "common/names/name_finder.h"
#include "common/names/romanizer.h"

namespace galley::checks {
namespace {

bool ContainsWord(std::string_view haystack, std::string_view needle) {
  for (size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + 1)) {
    const bool left = pos == 0 || !std::isalnum(static_cast<unsigned char>(haystack[pos - 1]));
    const size_t end = pos + needle.size();
    const bool right = end >= haystack.size() ||
                       !std::isalnum(static_cast<unsigned char>(haystack[end])) ||
                       haystack[end] == 's';  // Plural or possessive-less "NHKs" is rare; allow.
    if (left && right) return true;
  }
  return false;
}

// English words as the Latin-name check compares them: ASCII letters, digits, '&' and inner dots
// ("U.S."), split at anything else.
std::vector<std::string_view> LatinWords(std::string_view en) {
  std::vector<std::string_view> words;
  auto part_of_word = [&](size_t i) {
    const unsigned char c = static_cast<unsigned char>(en[i]);
    if (std::isalnum(c) || c == '&') return true;
    // A dot between letters, or after a single capital that follows one ("U.S.").
    return c == '.' && i > 0 && std::isupper(static_cast<unsigned char>(en[i - 1])) &&
           (i + 1 < en.size() && std::isupper(static_cast<unsigned char>(en[i + 1])));
  };
  for (size_t i = 0; i < en.size();) {
    if (!part_of_word(i)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < en.size() && part_of_word(j)) ++j;
    words.push_back(en.substr(i, j - i));
    i = j;
  }
  return words;
}

std::string Undotted(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (c != '.') out.push_back(c);
  }
  return out;
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// Whether the English carries a Latin name written in the Korean: the same word in any case
// (NYMEX, Nymex), dotted (UN, U.N.), as a derived form (Korea, Korean; Philippines, Philippine),
// or spelled out with these initials (CDC, "Centers for Disease Control and Prevention"; USGS,
// "U.S. Geological Survey").
bool EnglishCarriesLatinName(std::string_view en, std::string_view name) {
  const std::string token = Undotted(name);
  if (token.empty()) return true;
  const std::vector<std::string_view> words = LatinWords(en);
  for (std::string_view word : words) {
    const std::string w = Undotted(word);
    if (EqualsIgnoringCase(w, token)) return true;
    if (token.size() >= 4 && w.size() > token.size() &&
        EqualsIgnoringCase(std::string_view(w).substr(0, token.size()), token)) {
      const std::string_view rest = std::string_view(w).substr(token.size());
      for (std::string_view suffix : {"s", "n", "ns", "an", "ans", "ese", "i", "is"}) {
        if (rest == suffix) return true;
      }
    }
    if (token.size() >= 5 && token.back() == 's' && w.size() + 1 == token.size() &&
        EqualsIgnoringCase(w, std::string_view(token).substr(0, w.size()))) {
      return true;
    }
  }
  // Initials of runs of capitalized words; lower-case particles continue a run, other words end
  // it. An all-capital word contributes all its letters (U.S. -> US).
  static constexpr std::string_view kParticles[] = {"of", "for", "and", "the", "on", "de", "in", "&"};
  std::string run;
  auto run_holds_token = [&] { return token.size() >= 2 && run.find(token) != std::string::npos; };
  for (std::string_view word : words) {
    const unsigned char first = static_cast<unsigned char>(word[0]);
    if (std::isupper(first)) {
      const std::string w = Undotted(word);
      const bool all_caps = std::all_of(w.begin(), w.end(), [](char c) {
        return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c));
      });
      run += all_caps ? w : std::string(1, static_cast<char>(first));
    } else if (std::find(std::begin(kParticles), std::end(kParticles), word) == std::end(kParticles)) {
      if (run_holds_token()) return true;
      run.clear();
    }
  }
  return run_holds_token();
}

// "Obama's" -> "Obama".
std::string_view StripPossessive(std::string_view word) {
  for (std::string_view suffix : {std::string_view("'s"), std::string_view("’s")}) {
    if (word.size() > suffix.size() + 1 && word.substr(word.size() - suffix.size()) == suffix) {
      return word.substr(0, word.size() - suffix.size());
    }
  }
  return word;
}

// The capital initials of a name's words ("Associated Press" -> "AP"), particles left out.
std::string Initials(std::string_view text, const names::EnglishName& name) {
  std::string out;
  for (const text::TextSpan& w : name.words) {
    const std::string_view word = text.substr(w.begin, w.end - w.begin);
    if (word == "The") continue;
    out.push_back(word[0]);
  }
  return out;
}

// A Korean name (a transliteration or a person's name) that no English word matches.
struct OrphanName {
  text::TextSpan span;
  std::string romanized;
};

// `persons`: the Korean person names of `ko`, as the check found them.
std::vector<OrphanName> KoreanOrphans(std::string_view ko,
                                      const std::vector<names::KoreanPersonName>& persons,
                                      const std::vector<align::EnglishWordEvidence>& english,
                                      const PairContext& pair) {
  std::vector<OrphanName> out;
  const align::NewsLexicon& lexicon = align::NewsLexicon::Default();
  std::vector<uint32_t> concept_ids;
  for (const names::HangulWord& w : names::HangulWords(ko)) {
    const bool person = std::any_of(persons.begin(), persons.end(), [&](const auto& p) {
      return p.span.begin == w.span.begin;
    });
    concept_ids.clear();
    lexicon.KoreanConcepts(w.stem, &concept_ids);
    const bool named_place = std::any_of(concept_ids.begin(), concept_ids.end(),
                                         [&](uint32_t c) { return lexicon.IsName(c); });
    if (!person && !named_place && !names::LooksTransliterated(w.stem)) continue;
    // Only candidates pay for their skeletons.
    const align::SentenceFeatures korean = align::KoreanWordFeatures(w.stem);
    // What looked like a one-syllable particle may end the name (콜로라도 is Colorado, not
    // 콜로라 + 도 'also'): the whole word may match too.
    auto explained = [&](const align::SentenceFeatures& features) {
      return std::any_of(english.begin(), english.end(),
                         [&](const auto& e) { return align::KoreanExplains(features, e); });
    };
    bool matched = explained(korean);
    const std::string_view whole = ko.substr(w.span.begin, w.span.end - w.span.begin);
    if (!matched && whole.size() == w.stem.size() + 3) {
      matched = explained(align::KoreanWordFeatures(whole));
    }
    // A lexicon concept the English sentence expresses in lower case ("the capital" for 서울).
    for (const align::SentenceFeatures* english_sentence : pair.target_features) {
      for (uint64_t c : korean.concepts) {
        matched |= std::binary_search(english_sentence->concepts.begin(),
                                      english_sentence->concepts.end(), c);
      }
    }
    if (matched) continue;
    const size_t begin = static_cast<size_t>(w.stem.data() - ko.data());
    out.push_back({{static_cast<uint32_t>(begin), static_cast<uint32_t>(begin + w.stem.size())},
                   names::RomanizeHangul(w.stem)});
  }
  return out;
}

// Whether the Korean of the pair has a counterpart for some word of the English name, for the
// name's initials (AP for "Associated Press") or for the whole name read as one word.
bool NameExplained(std::string_view en, const names::EnglishName& name, const PairContext& pair) {
  const std::string_view ko = pair.source->text();
  const std::string initials = Initials(en, name);
  if (initials.size() >= 2 && ContainsWord(ko, initials)) return true;
  // Korean words whose one-syllable particle-looking ending may belong to the name (콜로라도,
  // not 콜로라 + 도 'also'): the sentence features hold their stems only. Built on first need.
  std::vector<align::SentenceFeatures> whole_words;
  bool whole_words_built = false;
  auto explained_by_korean = [&](std::string_view word) {
    const align::EnglishWordEvidence evidence = align::EvidenceForEnglishWord(word);
    for (const align::SentenceFeatures* korean : pair.source_features) {
      if (align::KoreanExplains(*korean, evidence)) return true;
    }
    if (!whole_words_built) {
      whole_words_built = true;
      for (const names::HangulWord& w : names::HangulWords(ko)) {
        const std::string_view whole = ko.substr(w.span.begin, w.span.end - w.span.begin);
        if (whole.size() == w.stem.size() + 3) whole_words.push_back(align::KoreanWordFeatures(whole));
      }
    }
    for (const align::SentenceFeatures& korean : whole_words) {
      if (align::KoreanExplains(korean, evidence)) return true;
    }
    return false;
  };
  // The name's last significant word must be matched (a surname, a place): Korean may leave out a
  // first name ("Robert Mugabe" 무가베) but not the name itself ("Barack Janadhikar" for 버락
  // 오바마 is wrong though 버락 matches).
  std::string joined;
  std::string_view last;
  for (const text::TextSpan& w : name.words) {
    std::string_view word = StripPossessive(en.substr(w.begin, w.end - w.begin));
    joined += word;
    if (!names::IsCommonCapitalizedWord(word)) last = word;
  }
  if (last.empty()) return true;  // Only titles, months and the like.
  if (explained_by_korean(last)) return true;
  return name.words.size() > 1 && explained_by_korean(joined);
}

class NameCheck final : public PairCheck {
 public:
  std::string_view name() const override { return "name"; }

  void Run(const PairContext& pair, std::vector<Finding>* findings) const override {
    if (pair.source->empty() || pair.target->empty()) return;
    const std::string_view ko = pair.source->text(), en = pair.target->text();
    using Outcome = names::PersonNameMatch::Outcome;
    // A 1-1 pair's Korean side is the sentence the aligner read (same bytes, same normalization):
    // its person names are already known.
    std::vector<names::KoreanPersonName> found;
    const bool known = pair.source_features.size() == 1;
    if (!known) found = names::FindKoreanPersonNames(ko);
    const std::vector<names::KoreanPersonName>& persons =
        known ? pair.source_features[0]->persons : found;
    for (const names::KoreanPersonName& person : persons) {
      const names::PersonNameMatch match = names::MatchPersonName(person, en);
      if (match.outcome != Outcome::kGivenDiffers && match.outcome != Outcome::kSurnameDiffers) {
        continue;
      }
      Finding f;
      f.pair_index = pair.pair_index;
      f.code = codes::kNameMismatch;
      f.severity = Severity::kMajor;
      f.category = MqmCategory::kMistranslation;
      f.message = galley::StrCat("Korean names ", Quote(ko, person.span), " (", match.expected,
                               "); English says ", Quote(en, match.english_span));
      f.source_spans.push_back(pair.source->ToDocument(person.span));
      f.target_spans.push_back(pair.target->ToDocument(match.english_span));
      findings->push_back(std::move(f));
    }
    // An English name must have a counterpart in the Korean: the same Latin text, a word that
    // transliterates it, a lexicon concept, or a person's surname or given name. One word of a
    // multi-word name is enough (Korean writes Mugabe for "Robert Mugabe"), and so is the whole
    // name read as one word (Los Angeles, 로스앤젤레스).
    //
    // Translations add names the Korean leaves implicit ("in Washington", "the Democratic
    // nominee"), so an unmatched English name is reported only when the Korean has a name of its
    // own that nothing in the English matches: then one was put in the other's place.
    const std::vector<names::EnglishName> english_names = names::FindEnglishNames(en);
    std::vector<const names::EnglishName*> unexplained;
    for (const names::EnglishName& name : english_names) {
      // Already reported as a person's name spelled wrong.
      const bool reported = std::any_of(findings->begin(), findings->end(), [&](const Finding& f) {
        return f.pair_index == pair.pair_index && !f.target_spans.empty() &&
               f.target_spans[0].begin < pair.target->ToDocument(name.span).end &&
               pair.target->ToDocument(name.span).begin < f.target_spans[0].end;
      });
      if (!reported && !NameExplained(en, name, pair)) unexplained.push_back(&name);
    }
    if (!unexplained.empty()) {
      // Korean names without an English counterpart, matched against the English sentence's
      // names and lexicon concepts as the aligner saw them.
      std::vector<align::EnglishWordEvidence> english_words;
      for (const names::EnglishName& name : english_names) {
        for (const text::TextSpan& w : name.words) {
          english_words.push_back(
              align::EvidenceForEnglishWord(StripPossessive(en.substr(w.begin, w.end - w.begin))));
        }
      }
      const std::vector<OrphanName> orphans = KoreanOrphans(ko, persons, english_words, pair);
      if (!orphans.empty()) {
        for (const names::EnglishName* name : unexplained) {
          const OrphanName& orphan = orphans.front();
          Finding f;
          f.pair_index = pair.pair_index;
          f.code = codes::kNameMismatch;
          f.severity = Severity::kMajor;
          f.category = MqmCategory::kMistranslation;
          f.message = StrCat("English has ", Quote(en, name->span), "; the Korean has ",
                             Quote(ko, orphan.span), " (", orphan.romanized,
                             "), which nothing in the English matches");
          f.source_spans.push_back(pair.source->ToDocument(orphan.span));
          f.target_spans.push_back(pair.target->ToDocument(name->span));
          findings->push_back(std::move(f));
        }
      }
    }
    for (const text::TextSpan& latin : names::FindLatinNames(ko)) {
      const std::string_view token = ko.substr(latin.begin, latin.end - latin.begin);
      if (EnglishCarriesLatinName(en, token)) continue;
      Finding f;
      f.pair_index = pair.pair_index;
      f.code = codes::kNameMissing;
      f.severity = Severity::kMinor;
      f.category = MqmCategory::kOmission;
      f.message = galley::StrCat("Korean has the name ", token,
                               "; the English does not (Latin names are normally kept as they are)");
      f.source_spans.push_back(pair.source->ToDocument(latin));
      findings->push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<PairCheck> MakeNameCheck() { return std::make_unique<NameCheck>(); }

}  // namespace galley::checks
